/**
 * The app reads its Arrow files with its own reader (web/src/data/arrow), not apache-arrow: on the real build,
 * every published Arrow file must read exactly as apache-arrow reads it, column by column and value by value.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectSameAsApache } from '../support/arrow-arrays.ts';
import { sharedBuild } from './helpers.ts';

describe('the app’s Arrow reader on the real build', () => {
  it('reads every published Arrow file as apache-arrow does', async () => {
    const { outDir, manifest } = await sharedBuild();
    const files = manifest.files.map((f) => f.path).filter((path) => path.endsWith('.arrow'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const path of files) {
      const table = expectSameAsApache(await readFile(join(outDir, path)));
      expect(table.numRows, path).toBeGreaterThan(0);
    }
  });
});
