import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPublishTarget, cleanLeftovers, defaultStore, siblingStore, withAtomicDirectory } from './atomic-dir.ts';

const manifest = (version: string) => JSON.stringify({ pipelineVersion: version, files: [] });
const publish = (target: string, version: string) =>
  withAtomicDirectory(target, siblingStore(target), async (dir) => {
    await writeFile(join(dir, 'manifest.json'), manifest(version));
    return version;
  });

describe('publishing by one pointer', () => {
  it('publishes through a symlink, swaps it, and removes the previous build', async () => {
    const target = join(await mkdtemp(join(tmpdir(), 'atlas-atomic-')), 'data');
    await publish(target, '1');
    const first = await readlink(target);
    await publish(target, '2');
    expect(JSON.parse(await readFile(join(target, 'manifest.json'), 'utf8'))).toEqual({ pipelineVersion: '2', files: [] });
    expect(await readlink(target)).not.toBe(first);
    expect(await readdir(siblingStore(target))).toHaveLength(1);
  });

  it('leaves the published build alone when a build fails, and removes the failed folder', async () => {
    const target = join(await mkdtemp(join(tmpdir(), 'atlas-atomic-')), 'data');
    await publish(target, '1');
    const failing = withAtomicDirectory(target, siblingStore(target), async (dir) => {
      await writeFile(join(dir, 'manifest.json'), 'half');
      throw new Error('bad input');
    });
    await expect(failing).rejects.toThrow('bad input');
    expect(JSON.parse(await readFile(join(target, 'manifest.json'), 'utf8')).pipelineVersion).toBe('1');
    expect(await readdir(siblingStore(target))).toHaveLength(1);
  });

  it('refuses a foreign non-empty folder and keeps its files', async () => {
    const target = join(await mkdtemp(join(tmpdir(), 'atlas-atomic-')), 'public');
    await mkdir(target);
    await writeFile(join(target, 'favicon.svg'), '<svg/>');
    await expect(checkPublishTarget(target)).rejects.toThrow(/not an earlier build.*nothing was deleted/);
    await expect(publish(target, '1')).rejects.toThrow(/refusing/);
    expect(await readdir(target)).toEqual(['favicon.svg']);
  });

  it('cleans what a killed build left (dead process id), never the published build', async () => {
    const target = join(await mkdtemp(join(tmpdir(), 'atlas-atomic-')), 'data');
    await publish(target, '1');
    const dead = join(siblingStore(target), 'zz-2147483646'); // no such process
    await mkdir(dead);
    await writeFile(join(target, '..', '.data-building-2147483646'), '');
    expect(await cleanLeftovers(target, siblingStore(target))).toHaveLength(2);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(join(target, 'manifest.json'))).toBe(true);
  });

  it('keeps the builds of public/data outside Vite’s public folder', () => {
    expect(defaultStore('/repo/public/data', '/repo')).toBe('/repo/.data-builds');
    expect(defaultStore('/tmp/x/data', '/repo')).toBe('/tmp/x/.data.builds');
  });
});
