/**
 * The geometry preparation on the real raw boundary files (/work/shared/data/raw, or $ONDERMIJNING_RAW).
 * Skipped when the raw folder is not there (the raw data is never committed).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOPOJSON_OBJECT } from '@atlas/contract';
import { localRawDir } from '../cli/resolve-raw-dir.ts';
import { prepareContextGeometry } from './context-geometry.ts';
import { GAP_WIDTH_M, prepareLevelGeometry, type PreparedGeometry } from './prepare-level-geometry.ts';
import { readTopology, unionHoles, type ReadTopology } from '../../tests/support/geometry.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rawRoot = localRawDir({ argv: [], env: process.env, repoRoot })?.dir;
const boundaries = path.join(rawRoot ?? '', 'boundaries/cbs_2024');
const haveRaw = rawRoot !== undefined && existsSync(path.join(boundaries, 'gemeenten_2024.geojson'));

interface RawFeature {
  properties: Record<string, unknown>;
}
const readRaw = (name: string) => {
  const file = path.join(boundaries, name);
  const text = readFileSync(file, 'utf8');
  return { file, text, features: (JSON.parse(text) as { features: RawFeature[] }).features };
};

/** No gap between neighbours: every hole in the union narrower than the gap-fill width is a speck below 100 m². */
const narrowHoles = (read: ReadTopology) => unionHoles(read).filter((h) => h.widthM < GAP_WIDTH_M && h.areaM2 > 100);

describe.skipIf(!haveRaw)('gemeente geometry from cbs_2024/gemeenten_2024.geojson', () => {
  let result: PreparedGeometry;
  let read: ReadTopology;
  let features: RawFeature[];
  let text: string;
  let file: string;

  beforeAll(async () => {
    ({ file, text, features } = readRaw('gemeenten_2024.geojson'));
    const keepCodes = new Set(features.map((f) => String(f.properties.gemeentecode)).filter((code) => code !== 'GM0998'));
    result = await prepareLevelGeometry({ geojsonText: text, sourcePath: file, codeProperty: 'gemeentecode', keepCodes, keepShare: 0.15 });
    read = readTopology(result.topojson);
  });

  it('keeps the 342 gemeenten and drops GM0998 Buitenland', () => {
    expect(result.features).toBe(342);
    expect(read.ids.length).toBe(342);
    expect(result.droppedCodes).toEqual(['GM0998']);
    expect(result.missingCodes).toEqual([]);
    expect(Object.keys(read.topology.objects)).toEqual([TOPOJSON_OBJECT]);
    expect(read.ids.every((id) => /^GM\d{4}$/.test(id))).toBe(true);
  });

  it('fits the size budget: at most 300 kB gzipped', () => {
    expect(gzipSync(result.topojson).length).toBeLessThanOrEqual(300_000);
  });

  it('neighbours share their borders (only Wadden islands may have none)', () => {
    const withNeighbour = read.ids.filter((id) => (read.neighbours.get(id)?.size ?? 0) > 0);
    expect(withNeighbour.length).toBeGreaterThanOrEqual(330);
    expect(read.neighbours.get('GM0855')?.has('GM0785')).toBe(true); // Tilburg – Goirle
    expect(read.neighbours.get('GM0785')?.has('GM0855')).toBe(true);
    expect(read.neighbours.get('GM0363')?.has('GM0362')).toBe(true); // Amsterdam – Amstelveen
  });

  it('leaves no gaps between neighbours in the full mosaic', async () => {
    const all = new Set(features.map((f) => String(f.properties.gemeentecode)));
    const full = await prepareLevelGeometry({ geojsonText: text, sourcePath: file, codeProperty: 'gemeentecode', keepCodes: all, keepShare: 0.15 });
    expect(full.features).toBe(343);
    expect(narrowHoles(readTopology(full.topojson))).toEqual([]);
  });
});

describe.skipIf(!haveRaw)('wijk geometry from cbs_2024/wijken_2024.geojson', () => {
  let result: PreparedGeometry;
  let read: ReadTopology;
  let features: RawFeature[];
  let keepCodes: Set<string>;

  beforeAll(async () => {
    const raw = readRaw('wijken_2024.geojson');
    features = raw.features;
    // SOURCES.md: the kerncijfers (aantal_inwoners …) are on 3,393 of the 3,475 features; the others are
    // water-only wijken ("Groot water") and WK099899 Buitenland — the same 3,393 as the KWB 2024 register.
    keepCodes = new Set(features.filter((f) => 'aantal_inwoners' in f.properties).map((f) => String(f.properties.wijkcode)));
    result = await prepareLevelGeometry({ geojsonText: raw.text, sourcePath: raw.file, codeProperty: 'wijkcode', keepCodes, keepShare: 0.15 });
    read = readTopology(result.topojson);
  });

  it('keeps the 3,393 wijken with inhabitants and drops the water-only ones and Buitenland', () => {
    expect(keepCodes.size).toBe(3393);
    expect(result.features).toBe(3393);
    expect(result.missingCodes).toEqual([]);
    expect(result.droppedCodes.length).toBe(82);
    const names = new Map(features.map((f) => [String(f.properties.wijkcode), String(f.properties.wijknaam)]));
    expect(result.droppedCodes.filter((code) => names.get(code) !== 'Groot water')).toEqual(['WK099899']);
    expect(new Set(read.ids)).toEqual(keepCodes);
  });

  it('neighbours share their borders: at least 95 % of wijken have a neighbour', () => {
    const withNeighbour = read.ids.filter((id) => (read.neighbours.get(id)?.size ?? 0) > 0);
    expect(withNeighbour.length / read.ids.length).toBeGreaterThanOrEqual(0.95);
    expect(read.neighbours.get('WK001400')?.size ?? 0).toBeGreaterThan(0); // Groningen Centrum
  });
});

describe.skipIf(!haveRaw)('context geometry (provincie, regionale eenheid, veiligheidsregio)', () => {
  it.each([
    ['provincie_2024.topojson', 'provincie_2024', 12, 'PV21', 'Fryslân', ['PV30', 'PV31']],
    ['regionale_eenheid_2024.topojson', 'regionale_eenheid_2024', 10, 'RE08', 'Zeeland - West-Brabant', ['RE08', 'RE09']],
    ['veiligheidsregio_2024.topojson', 'veiligheidsregio_2024', 25, 'VR01', 'Groningen', ['VR01', 'VR02']],
  ])('%s', async (name, objectName, count, code, label, neighbours) => {
    const file = path.join(boundaries, name);
    const text = readFileSync(file, 'utf8');
    const result = await prepareContextGeometry(text, file, objectName);
    expect(result.features).toBe(count);
    const read = readTopology(result.topojson);
    expect(Object.keys(read.topology.objects)).toEqual([TOPOJSON_OBJECT]);
    expect(read.ids.length).toBe(count);
    const geometry = read.collection.geometries.find((g) => g.id === code);
    expect(geometry?.properties).toEqual({ name: label });
    // The arcs and quantisation are copied, so the borders stay exactly as shared as in the source.
    const source = JSON.parse(text) as { arcs: unknown; transform: unknown };
    expect(read.topology.arcs).toEqual(source.arcs);
    expect(read.topology.transform).toEqual(source.transform);
    const [a, b] = neighbours as [string, string];
    expect(read.neighbours.get(a)?.has(b)).toBe(true);
  });
});
