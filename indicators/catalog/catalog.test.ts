import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_IDS, SOURCE_IDS, THEME_IDS } from '@atlas/contract';
import { localRawDir } from '../../data-pipeline/cli/resolve-raw-dir.ts';
import { joinToRegister, type JoinedTables } from '../../data-pipeline/joins/join-years.ts';
import { registerFrom } from '../../data-pipeline/regions/register.ts';
import { RawFolder } from '../../data-pipeline/sources/raw-folder.ts';
import { readAllSources } from '../../data-pipeline/sources/read-all.ts';
import { INDICATORS } from './indicators.ts';
import { SOURCES } from './sources.ts';
import { THEMES } from './themes.ts';
import type { IndicatorDefinition } from './types.ts';

const RAW_DIR = localRawDir({ argv: [], env: process.env, repoRoot: resolve(fileURLToPath(import.meta.url), '../../..') })?.dir;
const indicators = INDICATORS as readonly IndicatorDefinition[];

/** Dutch prose uses these words; English prose would use the second list. A crude but failing check. */
const DUTCH = /\b(de|het|een|van|en|per|in|met|op|voor|niet|of|meer|minder|aandeel|aantal)\b/i;
const ENGLISH = /\b(the|and|of the|with|per cent|which|households|share)\b/i;

function expectDutch(text: string, where: string): void {
  expect(text.trim().length, `${where} is empty`).toBeGreaterThan(0);
  if (text.split(' ').length >= 6) {
    expect(text, `${where} should be Dutch`).toMatch(DUTCH);
    expect(text, `${where} should not be English`).not.toMatch(ENGLISH);
  }
}

let prepared: JoinedTables;

beforeAll(async () => {
  if (RAW_DIR === undefined) throw new Error('no raw folder: set ONDERMIJNING_RAW or place it at ../shared/data/raw');
  const raw = new RawFolder(RAW_DIR);
  const sources = await readAllSources(raw);
  prepared = joinToRegister(sources, registerFrom(raw, sources));
});

describe('indicator catalogue', () => {
  it('has unique ids, and every theme names existing indicators with positive weights', () => {
    const ids = indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const theme of THEMES) {
      expect(theme.indicators.length).toBeGreaterThan(0);
      for (const entry of theme.indicators) {
        const indicator = indicators.find((i) => i.id === entry.id);
        expect(indicator, `${theme.id} → ${entry.id}`).toBeDefined();
        expect(indicator!.themes, `${entry.id} lists theme ${theme.id}`).toContain(theme.id);
        expect(entry.weight).toBeGreaterThan(0);
      }
    }
    for (const indicator of indicators) {
      for (const theme of indicator.themes)
        expect(
          THEMES.find((t) => t.id === theme)!.indicators.map((e) => e.id),
          `${theme} includes ${indicator.id}`,
        ).toContain(indicator.id);
    }
  });

  it('reads every source column from a table that exists in the raw data (except the optional drop-in table)', () => {
    const columns = new Map(prepared.tables.map((t) => [t.name, new Set(t.columns)]));
    for (const indicator of indicators) {
      // An indicator that reads an optional drop-in (alone or beside a required source) has its table only when the file is placed.
      const optional = indicator.sources.some((id) => SOURCES.find((s) => s.id === id && 'optional' in s));
      for (const [level, formula] of Object.entries(indicator.levels)) {
        if (formula.kind === 'sum_of_children') {
          expect(indicator.levels[formula.from]?.kind, `${indicator.id} ${level} sums a rate`).toBe('rate');
          continue;
        }
        if (optional) continue;
        for (const qualified of formula.columns) {
          const [table, column] = qualified.split('.') as [string, string];
          expect(columns.get(table), `${indicator.id} ${level}: table ${table}`).toBeDefined();
          expect(columns.get(table)!.has(column), `${indicator.id} ${level}: column ${qualified}`).toBe(true);
        }
        const expressions = formula.kind === 'rate' ? [formula.numerator, formula.denominator] : [formula.value];
        for (const expression of expressions) {
          for (const reference of expression.match(/\b[a-z_0-9]+\.[a-z_0-9]+\b/g) ?? []) {
            expect(formula.columns, `${indicator.id} ${level}: ${reference} is declared`).toContain(reference);
          }
        }
      }
    }
  });

  it('yields values on at least one level for every indicator with its source present', () => {
    for (const indicator of indicators) {
      const hasSource = indicator.sources.every((id) => !SOURCES.find((s) => s.id === id && 'optional' in s));
      if (!hasSource) continue;
      const levels = Object.keys(indicator.levels);
      expect(levels.length, indicator.id).toBeGreaterThan(0);
      const direct = Object.values(indicator.levels).filter((f) => f.kind !== 'sum_of_children');
      const withValues = direct.some((formula) => {
        const table = prepared.tables.find((t) => t.name === formula.table)!;
        const column = formula.columns[0]!.split('.')[1]!;
        return table.rows.some((row) => row.values[column] !== null);
      });
      expect(withValues, indicator.id).toBe(true);
    }
  });

  it('has Dutch, non-empty texts, a unit, a year and the proxy fields where it is a proxy', () => {
    for (const indicator of indicators) {
      expectDutch(indicator.label, `${indicator.id}.label`);
      expectDutch(indicator.short, `${indicator.id}.short`);
      expectDutch(indicator.explanation, `${indicator.id}.explanation`);
      expect(indicator.unit.length).toBeGreaterThan(0);
      expect(indicator.year).toMatch(/\d{4}|zie bestand/);
      if (indicator.kind === 'proxy') expectDutch(indicator.proxyFor ?? '', `${indicator.id}.proxyFor`);
      if (indicator.betterData) expectDutch(indicator.betterData, `${indicator.id}.betterData`);
    }
    for (const theme of THEMES) {
      expectDutch(theme.label, `${theme.id}.label`);
      expectDutch(theme.explanation, `${theme.id}.explanation`);
      if (theme.proxy) expectDutch(theme.proxyNote ?? '', `${theme.id}.proxyNote`);
    }
    expect(THEMES.find((t) => t.id === 'vakantieparken')!.proxy).toBe(true);
  });
});

describe('catalogue ids and the contract', () => {
  it('declares exactly the contract’s indicator, theme and source ids', () => {
    expect(INDICATORS.map((i) => i.id).sort()).toEqual([...INDICATOR_IDS].sort());
    expect(THEMES.map((t) => t.id).sort()).toEqual([...THEME_IDS].sort());
    expect(SOURCES.map((s) => s.id).sort()).toEqual([...SOURCE_IDS].sort());
  });
});
