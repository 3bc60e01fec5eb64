/**
 * Crash-safe publishing with no gap. The published folder (`public/data`) is a symlink, the one pointer
 * readers follow; each build is written into its own folder in a store beside it and published by
 * renaming a fresh symlink over the pointer. rename(2) replaces the link atomically, so at every instant
 * the path resolves to the old complete build or the new complete one — a kill at any moment leaves one of
 * the two, never neither (the earlier two-rename swap had a window with no folder at all).
 *
 * Readers follow the link: Vite copies `public/` with statSync (so `dist/data` holds real files), `vite
 * preview` and server/ serve that copy, tests/e2e/global-setup.ts and scripts/start.ts stat
 * `public/data/manifest.json` through it. The store must therefore lie OUTSIDE `public/`, or Vite would copy
 * every kept build into dist: the CLI puts it at `<repo>/.data-builds/` (see defaultStore); other targets
 * get `.<name>.builds/` beside them.
 *
 * Leftovers of killed builds (a store folder that is not the pointer's target and whose process is gone, a
 * temp link, the `.<name>-building-<pid>`/`-old-<pid>` folders of the earlier scheme) are removed when the
 * next build starts (cleanLeftovers). A build that is interrupted by SIGINT/SIGTERM removes its own folder
 * (abandonBuildsInProgress, called by the CLI).
 *
 * Upgrading from a real folder: the first publish moves the old folder into the store and puts the link in
 * its place — two renames, a gap of microseconds, once. A non-empty folder that is not an earlier build of
 * ours is refused before anything is written or deleted.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { lstat, mkdir, readdir, readlink, realpath, rename, rm, rmdir, symlink } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { processAlive } from '../io/process-alive.ts';

/** Build folders of this process not yet published: removed on SIGINT/SIGTERM. */
const inProgress = new Set<string>();

/** The store for a target: `.<name>.builds` beside it, unless the caller names one (the CLI does for public/data). */
export const siblingStore = (target: string): string => join(dirname(target), `.${basename(target)}.builds`);

/** `<repo>/.data-builds` for a target inside `<repo>/public` (kept out of Vite's copy), else the sibling store. */
export function defaultStore(target: string, repoRoot: string): string {
  const rel = relative(resolve(repoRoot, 'public'), resolve(target));
  return rel !== '' && !rel.startsWith('..') ? resolve(repoRoot, '.data-builds') : siblingStore(target);
}

/** A manifest.json with our pipeline version and a file list: the folder is an earlier build of ours. */
function isOurBuild(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { pipelineVersion?: unknown; files?: unknown };
    return typeof manifest.pipelineVersion === 'string' && Array.isArray(manifest.files);
  } catch {
    return false;
  }
}

export type TargetState = 'absent' | 'pointer' | 'empty-folder' | 'legacy-build';

/** What is at the target now; throws (and touches nothing) when it is something we must not replace. */
export async function checkPublishTarget(target: string): Promise<TargetState> {
  const stats = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (stats === null) return 'absent';
  if (stats.isSymbolicLink()) {
    if (existsSync(target) && !isOurBuild(target))
      throw new Error(`${target} points to ${await readlink(target)}, which is not a build of the atlas data; refusing to replace it`);
    return 'pointer';
  }
  if (!stats.isDirectory()) throw new Error(`${target} is a file, not a data folder; refusing to replace it`);
  if ((await readdir(target)).length === 0) return 'empty-folder';
  if (isOurBuild(target)) return 'legacy-build';
  throw new Error(
    `${target} is a non-empty folder that is not an earlier build of the atlas data (no manifest.json of ours); refusing to write into it — nothing was deleted`,
  );
}

const pidOf = (name: string): number | null => {
  const match = /-(\d+)$/.exec(name);
  return match ? Number(match[1]) : null;
};

/** Remove what killed builds left behind: store folders that are not published and whose process is gone, temp links, old-scheme folders. */
export async function cleanLeftovers(target: string, store: string): Promise<string[]> {
  const removed: string[] = [];
  const published = existsSync(target) ? await realpath(target) : null;
  const dead = (name: string) => {
    const pid = pidOf(name);
    return pid !== null && !processAlive(pid);
  };
  const storeEntries = await readdir(store).catch(() => []);
  for (const name of storeEntries) {
    const path = join(store, name);
    if (published !== null && (await realpath(path).catch(() => path)) === published) continue;
    if (!dead(name)) continue;
    await rm(path, { recursive: true, force: true });
    removed.push(path);
  }
  const prefixes = [`.${basename(target)}.link-`, `.${basename(target)}-building-`, `.${basename(target)}-old-`];
  for (const name of await readdir(dirname(target)).catch(() => [])) {
    if (!prefixes.some((p) => name.startsWith(p)) || !dead(name)) continue;
    await rm(join(dirname(target), name), { recursive: true, force: true });
    removed.push(join(dirname(target), name));
  }
  return removed;
}

/** On SIGINT/SIGTERM: remove this process's unpublished build folders (synchronously: the process is about to exit). */
export function abandonBuildsInProgress(): void {
  for (const dir of inProgress) rmSync(dir, { recursive: true, force: true });
  inProgress.clear();
}

/**
 * Build the whole output into a new folder of the store and publish it by swapping the pointer; a failed
 * build leaves the previous output exactly as it was and its own folder removed.
 */
export async function withAtomicDirectory<T>(target: string, store: string, build: (buildDir: string) => Promise<T>): Promise<T> {
  const state = await checkPublishTarget(target);
  await mkdir(store, { recursive: true });
  await cleanLeftovers(target, store);
  const dir = join(store, `${Date.now().toString(36)}-${process.pid}`);
  inProgress.add(dir);
  await mkdir(dir, { recursive: true });
  let result: T;
  try {
    result = await build(dir);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    inProgress.delete(dir);
    throw error;
  }
  const previous = state === 'pointer' && existsSync(target) ? await realpath(target) : null;
  const link = join(dirname(target), `.${basename(target)}.link-${process.pid}`);
  await rm(link, { force: true });
  await symlink(relative(dirname(target), dir), link);
  if (state === 'empty-folder') await rmdir(target);
  const legacy = join(store, `legacy-${Date.now().toString(36)}-${process.pid}`);
  if (state === 'legacy-build') await rename(target, legacy);
  await rename(link, target);
  inProgress.delete(dir);
  if (state === 'legacy-build') await rm(legacy, { recursive: true, force: true });
  if (previous !== null && dirname(previous) === (await realpath(store))) await rm(previous, { recursive: true, force: true });
  await cleanLeftovers(target, store);
  return result;
}
