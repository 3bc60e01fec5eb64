/**
 * Issue 15 on the real build: the neighbours file is symmetric, every region with geometry has a neighbour unless
 * the manifest lists it as an island, and the published Gi* equals an independent recomputation from the
 * published neighbour lists and values.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tableFromIPC, type Table } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { col, dataFile, type Level, type Manifest } from '@atlas/contract';
import { readArrow, sharedBuild } from './helpers.ts';
import { columnOf } from './published-columns.ts';

let manifest: Manifest;
let neighbours: Map<Level, Map<string, string[]>>;
const tables = new Map<Level, Table>();

beforeAll(async () => {
  const build = await sharedBuild();
  manifest = build.manifest;
  const table = tableFromIPC(await readFile(join(build.outDir, dataFile.neighboursArrow)));
  const [codes, levels, counts, lists] = [
    columnOf<string>(table, 'code'),
    columnOf<string>(table, 'level'),
    columnOf<number>(table, 'neighbour_count'),
    columnOf<string>(table, 'neighbours'),
  ];
  neighbours = new Map();
  codes.forEach((code, i) => {
    const level = levels[i] as Level;
    const list = lists[i] ? (lists[i] ?? '').split(',') : [];
    expect(list.length).toBe(counts[i]);
    if (!neighbours.has(level)) neighbours.set(level, new Map());
    neighbours.get(level)?.set(code ?? '', list);
  });
  for (const h of manifest.hotspots.levels) tables.set(h.level, await readArrow(build.outDir, h.level));
});

/** Gi* as issue 15 writes it, over the regions with a value: binary weights, the region itself included. */
function giStar(values: (number | null)[], lists: number[][]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null);
  const n = present.length;
  const mean = present.reduce((a, b) => a + b, 0) / n;
  const s = Math.sqrt(present.reduce((a, b) => a + b * b, 0) / n - mean * mean);
  return values.map((x, i) => {
    if (x === null) return null;
    const members = [i, ...new Set(lists[i] ?? [])].filter((j) => values[j] !== null && (j === i || j !== i));
    const unique = [...new Set(members)];
    const w = unique.length;
    if (w === 1 || w >= n) return null;
    const sum = unique.reduce((acc, j) => acc + (values[j] ?? 0), 0);
    return (sum - mean * w) / (s * Math.sqrt((n * w - w * w) / (n - 1)));
  });
}

describe('neighbours and hotspots (real data)', () => {
  it('computes hotspots at wijk level at least, with the documented tolerance', () => {
    const wijk = manifest.hotspots.levels.find((l) => l.level === 'wijk');
    expect(wijk?.toleranceMetres).toBe(25);
    expect(wijk?.regions).toBe(manifest.levels.find((l) => l.id === 'wijk')?.withGeometry);
  });

  it('publishes symmetric neighbour lists without self-references', () => {
    for (const [level, graph] of neighbours) {
      for (const [code, list] of graph) {
        expect(list).not.toContain(code);
        for (const other of list) expect(graph.get(other), `${level} ${code} → ${other}`).toContain(code);
      }
    }
  });

  it('gives every region with geometry a neighbour unless the manifest lists it as an island', () => {
    for (const h of manifest.hotspots.levels) {
      const table = tables.get(h.level);
      if (!table) throw new Error(`no ${h.level} table`);
      const codes = columnOf<string>(table, 'code');
      const withGeometry = columnOf<boolean>(table, 'has_geometry');
      const graph = neighbours.get(h.level) ?? new Map<string, string[]>();
      const islands = new Set(h.islands);
      codes.forEach((code, i) => {
        if (!withGeometry[i] || code === null) return;
        const count = graph.get(code)?.length ?? 0;
        expect(count > 0 || islands.has(code), `${code} has no neighbour and is not listed as island`).toBe(true);
        if (islands.has(code)) expect(count).toBe(0);
      });
    }
  });

  it('publishes Gi* equal to an independent recomputation from the neighbours file and the values (1e-9)', () => {
    // Per-cell findings collected and asserted once: an expect per cell crawls on a busy machine.
    const wrong: string[] = [];
    let checked = 0;
    for (const h of manifest.hotspots.levels) {
      const table = tables.get(h.level);
      if (!table) continue;
      const codes = columnOf<string>(table, 'code');
      const index = new Map(codes.map((c, i) => [c ?? '', i]));
      const graph = neighbours.get(h.level) ?? new Map<string, string[]>();
      const lists = codes.map((c) => (graph.get(c ?? '') ?? []).flatMap((n) => (index.has(n) ? [index.get(n) ?? 0] : [])));
      const columns = [
        ...manifest.indicators.filter((i) => i.levels.some((l) => l.level === h.level)).map((i) => [col.value(i.id), col.gi(i.id)] as const),
        ...manifest.themes.map((t) => [col.theme(t.id), col.themeGi(t.id)] as const),
      ];
      for (const [valueName, giName] of columns) {
        const expected = giStar(columnOf<number>(table, valueName), lists);
        const published = columnOf<number>(table, giName);
        expected.forEach((z, i) => {
          const got = published[i] ?? null;
          const finite = z !== null && Number.isFinite(z);
          const ok = finite ? got !== null && Math.abs(got - z) <= 1e-9 * Math.max(1, Math.abs(z)) : got === null;
          if (!ok) wrong.push(`${giName} ${codes[i]}: ${got}, expected ${z}`);
          if (finite) checked++;
        });
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('classes hotspots only where Gi* is far from 0, on the sign of z', () => {
    const wrong: string[] = [];
    for (const h of manifest.hotspots.levels) {
      const table = tables.get(h.level);
      if (!table) continue;
      for (const indicator of manifest.indicators.filter((i) => i.levels.some((l) => l.level === h.level))) {
        const z = columnOf<number>(table, col.gi(indicator.id));
        const classes = columnOf<string>(table, col.hot(indicator.id));
        z.forEach((value, i) => {
          const cls = classes[i] ?? null;
          const ok = value === null ? cls === null : cls?.startsWith('hot') ? value > 1.6 : cls?.startsWith('cold') ? value < -1.6 : true;
          if (!ok) wrong.push(`${indicator.id} row ${i}: ${cls} at z ${value}`);
        });
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
