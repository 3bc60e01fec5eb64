/**
 * The published buurt map has no wedges: no region border turning back on itself (a spike, which MapLibre
 * drew as a wedge across Theresia Midden in Tilburg) and no gap between buurten narrower than the width the
 * geometry stage fills (mosaic-defects.ts). Generic over all 14,566 buurten; a failure lists each defect by code.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFile } from '@atlas/contract';
import { describeDefects, findMosaicDefects } from '../../data-pipeline/geometry/mosaic-defects.ts';
import { GAP_WIDTH_M } from '../../data-pipeline/geometry/prepare-level-geometry.ts';
import { FALLBACK_BOUNDARY_FILES } from '../../data-pipeline/sources/boundary-files.ts';
import { sharedBuild } from './helpers.ts';

describe('published buurt geometry', () => {
  it('has no spikes and no wedge gaps between buurten', async () => {
    const { outDir, manifest } = await sharedBuild();
    const buurt = manifest.levels.find((level) => level.id === 'buurt');
    expect(buurt?.geometry, 'the buurt level has a map').toBeTruthy();
    const gapWidthM = buurt?.geometry?.approximate ? (FALLBACK_BOUNDARY_FILES.buurt?.gapM ?? GAP_WIDTH_M) : GAP_WIDTH_M;
    const defects = findMosaicDefects(await readFile(join(outDir, dataFile.geometry('buurt')), 'utf8'), gapWidthM);
    expect(describeDefects(defects)).toEqual([]);
  });
});
