/**
 * Vite 8 writes the licence texts of every bundled package into one file (`build.license`), but not their
 * NOTICE files, which the Apache-2.0 licence (apache-arrow, twice) requires to ship too. This build plugin
 * appends them to that file. In vite.config.ts:
 *
 *   build: { license: { fileName: LICENCE_FILE } },  plugins: [react(), licenceNotices()]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { Plugin } from 'vite';

export const LICENCE_FILE = 'LICENSES.md';

interface PackageNotice {
  name: string;
  version: string;
  text: string;
}

/** The package a bundled module belongs to: the nearest package.json with a name, inside node_modules. */
function owningPackage(moduleId: string, cache: Map<string, string | undefined>): string | undefined {
  let dir = dirname(moduleId);
  const visited: string[] = [];
  let found: string | undefined;
  while (dir.includes(`${sep}node_modules${sep}`)) {
    if (cache.has(dir)) {
      found = cache.get(dir);
      break;
    }
    visited.push(dir);
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name) {
      found = dir;
      break;
    }
    dir = dirname(dir);
  }
  for (const seen of visited) cache.set(seen, found);
  return found;
}

function noticeOf(packageDir: string): PackageNotice | undefined {
  const file = readdirSync(packageDir).find((name) => /^notice/i.test(name));
  if (!file) return undefined;
  const { name, version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name, version, text: readFileSync(join(packageDir, file), 'utf8').trim() };
}

export function licenceNotices(fileName = LICENCE_FILE): Plugin {
  return {
    name: 'atlas:licence-notices',
    apply: 'build',
    generateBundle: {
      // After Vite's own licence plugin has emitted the file.
      order: 'post',
      handler(_options, bundle) {
        const licences = bundle[fileName];
        if (licences?.type !== 'asset') {
          this.error(`${fileName} is not in the bundle: set build.license to { fileName: '${fileName}' }`);
        }
        const cache = new Map<string, string | undefined>();
        const notices = new Map<string, PackageNotice>();
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk') continue;
          for (const id of output.moduleIds) {
            const dir = id.startsWith('\0') ? undefined : owningPackage(id, cache);
            const notice = dir && !notices.has(dir) ? noticeOf(dir) : undefined;
            if (dir && notice) notices.set(dir, notice);
          }
        }
        if (notices.size === 0) return;
        const sections = [...notices.values()]
          .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
          .map((n) => `\n## NOTICE of ${n.name} - ${n.version}\n\n${n.text}\n`);
        licences.source = `${String(licences.source)}\n# Notices\n\nNOTICE files of the bundled packages, shipped as their licences require:\n${sections.join('')}`;
      },
    },
  };
}
