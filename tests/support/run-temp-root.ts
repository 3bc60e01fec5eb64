/**
 * Every test tier's first global setup: the run's temp files go into one folder of its own, removed when the run
 * ends. Tests, the builds they start and the Chromium profiles all ask os.tmpdir(), which reads TMPDIR, and Vitest
 * hands its process.env to the workers it starts after the global setups. Before this, every run left its temp
 * folders behind (a build's `.<name>.builds` store beside its target, a Chromium profile per session): some 400 MB a
 * run, until a CI run on the same machine failed with ENOSPC.
 *
 * A run that was killed cannot remove its folder; the next run removes those whose process is gone.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processAlive } from '../../data-pipeline/io/process-alive.ts';

const PREFIX = 'atlas-test-run-';
const RUN_FOLDER = new RegExp(`^${PREFIX}(\\d+)-`);

/** Folders of earlier runs whose Vitest process is gone: `atlas-test-run-<pid>-<random>`. */
export function removeAbandonedRunFolders(parent: string): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    const match = RUN_FOLDER.exec(name);
    if (!match || processAlive(Number(match[1]))) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

export default function setup(): () => void {
  // Several tiers in one Vitest process (`vitest run` without --project) share the folder the first one made.
  if (process.env.ATLAS_TEST_RUN_TMP) return () => {};
  const systemTmp = tmpdir();
  removeAbandonedRunFolders(systemTmp);
  const folder = mkdtempSync(join(systemTmp, `${PREFIX}${process.pid}-`));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  process.env.ATLAS_TEST_RUN_TMP = folder;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    delete process.env.ATLAS_TEST_RUN_TMP;
    rmSync(folder, { recursive: true, force: true });
  };
}
