/**
 * The command `npm run build:data` runs, read from package.json, for the code that starts the pipeline as a process
 * (npm start, the e2e setup, the kill tests, the bench): they run exactly what users run, without npm's own
 * start-up in between, and follow package.json if the script changes.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * [executable, ...arguments] of the build:data script, its `node` being the node that runs us and its launcher a full
 * path (so it runs from any working directory); append the CLI flags.
 */
export function buildDataCommand(repoRoot: string): [string, ...string[]] {
  const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = scripts?.['build:data'] ?? '';
  const [program, launcher, ...args] = script.split(' ').filter(Boolean);
  if (program !== 'node' || launcher === undefined) throw new Error(`package.json scripts["build:data"] is "${script}"; expected "node <launcher> …"`);
  return [process.execPath, resolve(repoRoot, launcher), ...args];
}
