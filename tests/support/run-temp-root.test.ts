import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeAbandonedRunFolders } from './run-temp-root.ts';

let parent: string;
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('removeAbandonedRunFolders', () => {
  it('removes the folders of runs whose process is gone and keeps those of live runs and everything else', () => {
    parent = mkdtempSync(join(tmpdir(), 'atlas-run-root-'));
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    if (ended === undefined) throw new Error('no pid for the ended process');
    const dead = join(parent, `atlas-test-run-${ended}-abc123`);
    const live = join(parent, `atlas-test-run-${process.pid}-def456`);
    const other = join(parent, 'atlas-chromium-xyz');
    for (const dir of [dead, live, other]) mkdirSync(join(dir, 'inner'), { recursive: true });

    expect(removeAbandonedRunFolders(parent)).toEqual([`atlas-test-run-${ended}-abc123`]);
    expect([existsSync(dead), existsSync(live), existsSync(other)]).toEqual([false, true, true]);
  });
});
