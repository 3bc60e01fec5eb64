/**
 * tests/e2e/nginx.test.ts runs deploy/nginx.conf with Debian's nginx and its brotli_static module. Install
 * both (as root, via apt-get) when missing, as scripts/ensure-chromium.ts does for the browser.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Debian's package of the brotli_static module drops this loader into nginx's modules-enabled folder. */
export const BROTLI_STATIC_LOADER = '/etc/nginx/modules-enabled/50-mod-http-brotli-static.conf';
const PACKAGES = ['nginx', 'libnginx-mod-http-brotli-static'];

if (!existsSync(NGINX_PATH) || !existsSync(BROTLI_STATIC_LOADER)) {
  if (process.getuid?.() !== 0) {
    console.error(`nginx of zijn brotli-module ontbreekt en dit proces is geen root: installeer ze met 'apt-get install -y ${PACKAGES.join(' ')}'.`);
    process.exit(1);
  }
  console.log(`nginx or its brotli_static module missing: installing ${PACKAGES.join(', ')} with apt-get…`);
  // A policy-rc.d that exits 101 keeps the package from starting a system-wide nginx on port 80 (the tests
  // start their own); an existing one is left as it is.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${PACKAGES.join(' ')}`, { stdio: 'inherit' });
  } finally {
    if (ownPolicy) rmSync(policy);
  }
}
