/**
 * The end-to-end tests drive Debian's Chromium. Install it (as root, via apt-get) when it is missing,
 * because `npx playwright install` downloads a browser build and cannot work offline.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM_PATH)) {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium ontbreekt op ${CHROMIUM_PATH} en dit proces is geen root: installeer het met 'apt-get install -y chromium'.`);
    process.exit(1);
  }
  console.log(`Chromium missing at ${CHROMIUM_PATH}: installing with apt-get…`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
}
