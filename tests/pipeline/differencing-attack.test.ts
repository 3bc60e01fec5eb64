/**
 * Privacy against differencing (issue 17 item 5), tried on the real build. Wijk and gemeente counts are sums of
 * all their buurten, withheld ones included, and every table publishes `__num`. So wijk − Σ published buurten is the
 * sum of the wijk's withheld buurten: with exactly one, it IS that buurt's count (e.g. BU16800309 before the fix).
 * Likewise gemeente − Σ published wijken − Σ published buurten of unpublished wijken. The attack must recover no cell.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from 'apache-arrow';
import { col, type IndicatorId, type Manifest } from '@atlas/contract';
import { readArrow, sharedBuild } from './helpers.ts';
import { columnOf } from './published-columns.ts';

const WITHHELD = new Set(['below_min_population', 'suppressed_privacy']);

let manifest: Manifest;
let buurt: Table;
let wijk: Table;
let gemeente: Table;

beforeAll(async () => {
  const build = await sharedBuild();
  manifest = build.manifest;
  [buurt, wijk, gemeente] = await Promise.all([readArrow(build.outDir, 'buurt'), readArrow(build.outDir, 'wijk'), readArrow(build.outDir, 'gemeente')]);
});

interface Cell {
  code: string;
  parent: string;
  num: number | null;
  withheld: boolean;
}

function cells(table: Table, id: IndicatorId, parentColumn: string): Cell[] {
  const codes = columnOf<string>(table, 'code');
  const parents = columnOf<string>(table, parentColumn);
  const nums = columnOf<number>(table, col.numerator(id));
  const values = columnOf<number>(table, col.value(id));
  const reasons = columnOf<string>(table, col.reason(id));
  return codes.map((code, i) => ({
    code: code ?? '',
    parent: parents[i] ?? '',
    num: values[i] === null ? null : (nums[i] ?? null),
    withheld: values[i] === null && WITHHELD.has(reasons[i] ?? ''),
  }));
}

const group = <T extends { parent: string }>(list: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const item of list) map.set(item.parent, [...(map.get(item.parent) ?? []), item]);
  return map;
};

/** Indicators whose wijk and gemeente values are sums of buurten: the ones the attack applies to. */
const summed = () =>
  manifest.indicators.filter((i) => i.levels.some((l) => l.level === 'buurt') && i.levels.some((l) => l.level !== 'buurt' && l.kind === 'sum_of_children'));

/**
 * Whether a level's count is the sum of the buurt counts: a sum of buurten, or the source's own total of the same
 * variable (usually additive too, so an attacker would try it).
 */
const additive = (indicator: Manifest['indicators'][number], level: 'wijk' | 'gemeente') => {
  const info = indicator.levels.find((l) => l.level === level);
  const buurtInfo = indicator.levels.find((l) => l.level === 'buurt');
  return info?.kind === 'sum_of_children' || (info?.kind === 'rate' && info.numerator !== null && info.numerator === buurtInfo?.numerator);
};

describe('differencing attack on the published tables (real data)', () => {
  it('has withheld buurten to protect, and sums that add up (so the attack model is the right one)', () => {
    let withheld = 0;
    let exact = 0;
    for (const indicator of summed()) {
      if (!additive(indicator, 'wijk')) continue;
      const buurten = group(cells(buurt, indicator.id, 'wijk_code'));
      for (const w of cells(wijk, indicator.id, 'gemeente_code')) {
        const children = buurten.get(w.code) ?? [];
        withheld += children.filter((c) => c.withheld).length;
        if (w.num === null || children.some((c) => c.withheld || c.num === null)) continue;
        const difference = w.num - children.reduce((s, c) => s + (c.num ?? 0), 0);
        expect(Math.abs(difference)).toBeLessThan(1e-6);
        exact++;
      }
    }
    expect(withheld).toBeGreaterThan(100);
    expect(exact).toBeGreaterThan(1000);
  });

  it('recovers no buurt as wijk − Σ published buurten', () => {
    const recovered: string[] = [];
    for (const indicator of summed()) {
      const buurten = group(cells(buurt, indicator.id, 'wijk_code'));
      if (!additive(indicator, 'wijk')) continue;
      for (const w of cells(wijk, indicator.id, 'gemeente_code')) {
        if (w.num === null) continue;
        const hidden = (buurten.get(w.code) ?? []).filter((c) => c.withheld);
        if (hidden.length === 1) recovered.push(`${indicator.id} ${hidden[0]?.code}`);
      }
    }
    expect(recovered).toEqual([]);
  });

  it('recovers no buurt and no wijk as gemeente − Σ published wijken − Σ published buurten of unpublished wijken', () => {
    const recovered: string[] = [];
    for (const indicator of summed()) {
      const buurten = group(cells(buurt, indicator.id, 'wijk_code'));
      const wijken = group(cells(wijk, indicator.id, 'gemeente_code'));
      if (!additive(indicator, 'gemeente')) continue;
      for (const g of cells(gemeente, indicator.id, 'gemeente_code')) {
        if (g.num === null) continue;
        const open = (wijken.get(g.code) ?? []).filter((w) => w.num === null);
        const rest = open.flatMap((w) => (buurten.get(w.code) ?? []).filter((c) => c.withheld).map((c) => ({ buurt: c.code, wijk: w })));
        if (rest.length === 1) recovered.push(`${indicator.id} buurt ${rest[0]?.buurt}`);
        const spanned = new Set(rest.map((r) => r.wijk.code));
        const only = rest[0]?.wijk;
        if (spanned.size === 1 && only?.withheld) recovered.push(`${indicator.id} wijk ${only.code}`);
        const withheldWijken = open.filter((w) => w.withheld);
        if (withheldWijken.length === 1 && rest.every((r) => r.wijk.code === withheldWijken[0]?.code) && rest.length > 0) {
          recovered.push(`${indicator.id} wijk ${withheldWijken[0]?.code} (gemeente − Σ wijken)`);
        }
      }
    }
    expect([...new Set(recovered)]).toEqual([]);
  });

  it('publishes no interval or smoothed value for a withheld cell', () => {
    // Collected, then one assertion: an expect per cell made this test crawl on a busy machine.
    const leaks: string[] = [];
    for (const indicator of summed()) {
      for (const table of [buurt, wijk, gemeente]) {
        const reasons = columnOf<string>(table, col.reason(indicator.id));
        const columns = [col.lo, col.hi, col.eb, col.numerator, col.denominator, col.pctLo, col.pctHi].map((name) => ({
          name: name(indicator.id),
          values: columnOf<number>(table, name(indicator.id)),
        }));
        reasons.forEach((reason, i) => {
          if (!WITHHELD.has(reason ?? '')) return;
          for (const { name, values } of columns) if (values[i] !== null) leaks.push(`row ${i} ${name} = ${values[i]}`);
        });
      }
    }
    expect(leaks).toEqual([]);
  });
});
