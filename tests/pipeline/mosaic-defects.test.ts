/**
 * The published maps have no wedges (mosaic-defects.ts): no region border turning back on itself (a spike,
 * which MapLibre drew as a wedge across Theresia Midden in Tilburg and along an 832 m needle in WK001404
 * Groningen), in every polygon layer the app draws; and no gap between regions narrower than the width the
 * geometry stage fills, where the layer is a mosaic of its own making. A failure lists each defect by code.
 *
 * Gaps are asserted where they should hold:
 *   - gemeente and buurt: none;
 *   - wijk: the official layer has its water as water-only wijken ("Groot water", WK…99) and the Belgian
 *     enclaves of Baarle as WK099899 Buitenland; dropping them leaves holes in the union, 33 of them narrower
 *     than 100 m (harbours, creeks, the enclaves). Each narrow hole must lie at least partly in such a dropped
 *     feature of the raw layer: a wedge between two land wijken would not;
 *   - context layers (provincie, politie, veiligheidsregio) are the CBS TopoJSON copied unchanged
 *     (context-geometry.ts): their rivers leave thin holes (e.g. 6 m wide along the Waal near Zaltbommel) that
 *     are the source's, and the app draws only their outlines; water: holes are land. Neither is checked for gaps.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGGREGATES, dataFile, waterFile } from '@atlas/contract';
import { describeDefects, findMosaicDefects } from '../../data-pipeline/geometry/mosaic-defects.ts';
import { GAP_WIDTH_M } from '../../data-pipeline/geometry/prepare-level-geometry.ts';
import { BandedPolygon, samplePoints, type Ring } from '../../data-pipeline/geometry/sanity-area-share.ts';
import { BOUNDARY_FILES, FALLBACK_BOUNDARY_FILES } from '../../data-pipeline/sources/boundary-files.ts';
import { readTopology } from '../support/geometry.ts';
import { readRaw, sharedBuild } from './helpers.ts';

interface RawFeature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: Ring[] | Ring[][] };
}

/** A raw feature as one even-odd polygon of all its rings (parts and holes), as the containment check tests points. */
const bandedFeature = (f: RawFeature) =>
  new BandedPolygon(f.geometry.type === 'Polygon' ? (f.geometry.coordinates as Ring[]) : (f.geometry.coordinates as Ring[][]).flat());

describe('published geometry', () => {
  const polygonLayers = [dataFile.geometry('gemeente'), dataFile.geometry('wijk'), dataFile.geometry('buurt'), waterFile, ...AGGREGATES.map(dataFile.context)];

  it.each(polygonLayers)('%s has no spikes', async (path) => {
    const { outDir } = await sharedBuild();
    const { spikes } = findMosaicDefects(await readFile(join(outDir, path), 'utf8'), GAP_WIDTH_M);
    expect(describeDefects({ spikes, gaps: [] })).toEqual([]);
  });

  it.each(['gemeente', 'buurt'] as const)('%s has no wedge gaps between regions', async (level) => {
    const { outDir, manifest } = await sharedBuild();
    const layer = manifest.levels.find((l) => l.id === level)?.geometry;
    expect(layer, `the ${level} level has a map`).toBeTruthy();
    const gapWidthM = layer?.approximate ? (FALLBACK_BOUNDARY_FILES[level]?.gapM ?? GAP_WIDTH_M) : GAP_WIDTH_M;
    const { gaps } = findMosaicDefects(await readFile(join(outDir, dataFile.geometry(level)), 'utf8'), gapWidthM);
    expect(describeDefects({ spikes: [], gaps })).toEqual([]);
  });

  it('wijk: every gap narrower than the fill width lies in water or Buitenland of the source layer', async () => {
    const { outDir } = await sharedBuild();
    const topojson = await readFile(join(outDir, dataFile.geometry('wijk')), 'utf8');
    const published = new Set(readTopology(topojson).ids);
    const raw = JSON.parse(await readRaw(BOUNDARY_FILES.wijk.path)) as { features: RawFeature[] };
    const dropped = raw.features.filter((f) => !published.has(String(f.properties[BOUNDARY_FILES.wijk.codeProperty]))).map(bandedFeature);
    const { gaps } = findMosaicDefects(topojson, GAP_WIDTH_M);
    expect(gaps.length, 'the union has narrow holes where water-only wijken were dropped').toBeGreaterThan(0);
    const onLand = gaps.filter((gap) => !samplePoints([gap.ring]).some(([x, y]) => dropped.some((f) => f.contains(x, y))));
    expect(describeDefects({ spikes: [], gaps: onLand })).toEqual([]);
  });
});
