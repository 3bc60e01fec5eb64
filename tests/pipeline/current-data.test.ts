/**
 * Issue 13 on the real data: themes scored from current sources nearly everywhere, the exact 47022NED
 * crime counts against the official 47018NED sample, and two KWB 2024 facts for Amsterdam.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { col, dataFile, LEVELS, type Level, type ThemeId } from '@atlas/contract';
import { INDICATORS } from '../../indicators/catalog/indicators.ts';
import { THEMES } from '../../indicators/catalog/themes.ts';
import type { IndicatorDefinition } from '../../indicators/catalog/types.ts';
import { tableFromIPC } from 'apache-arrow';
import { RAW_DIR, readArrow, rowsByCode, sharedBuild } from './helpers.ts';

let outDir: string;
const rows = {} as Record<Level, Map<string, Record<string, unknown>>>;

beforeAll(async () => {
  ({ outDir } = await sharedBuild());
  for (const level of LEVELS) rows[level] = rowsByCode(await readArrow(outDir, level));
});

/** The population from which every indicator of the theme on this level can have a value. */
function minimumPopulation(themeId: ThemeId, level: Level): number {
  const theme = THEMES.find((t) => t.id === themeId);
  const onLevel = (theme?.indicators ?? [])
    .map((entry) => (INDICATORS as readonly IndicatorDefinition[]).find((i) => i.id === entry.id))
    .filter((i): i is IndicatorDefinition => i !== undefined && i.levels[level] !== undefined);
  return Math.max(0, ...onLevel.map((i) => i.minPopulation));
}

/** Share of the regions with at least the theme's minimum population that have a theme score. */
function coverage(themeId: ThemeId, level: Level): { scored: number; eligible: number; share: number } {
  const min = minimumPopulation(themeId, level);
  let eligible = 0;
  let scored = 0;
  for (const row of rows[level].values()) {
    const population = row.population as number | null;
    if (population === null || population < min) continue;
    eligible++;
    if (row[col.theme(themeId)] !== null) scored++;
  }
  return { scored, eligible, share: scored / eligible };
}

describe('theme coverage on current data (issue 13)', () => {
  it('prints the coverage per theme and level', () => {
    for (const theme of THEMES) {
      const line = LEVELS.map((level) => {
        const c = coverage(theme.id, level);
        return `${level} ${c.scored}/${c.eligible} (${(c.share * 100).toFixed(1)} %)`;
      });
      process.stderr.write(`coverage ${theme.id}: ${line.join(', ')}\n`);
    }
  });

  it('scores Drugs & jonge aanwas for ≥ 95 % of wijken and ≥ 90 % of buurten with the minimum population', () => {
    expect(coverage('jonge_aanwas', 'wijk').share).toBeGreaterThanOrEqual(0.95);
    expect(coverage('jonge_aanwas', 'buurt').share).toBeGreaterThanOrEqual(0.9);
  });

  it('scores Maatschappelijke onrust for ≥ 95 % of gemeenten and wijken with the minimum population', () => {
    expect(coverage('maatschappelijke_onrust', 'gemeente').share).toBeGreaterThanOrEqual(0.95);
    expect(coverage('maatschappelijke_onrust', 'wijk').share).toBeGreaterThanOrEqual(0.95);
  });
});

/** Official 47018NED rows (SoortMisdrijf 0.0.0 = total) for a region, per year, from the raw folder's sample. */
async function official47018(code: string): Promise<Map<number, number>> {
  const text = await readFile(join(RAW_DIR, 'statistics/politie_47018NED_misdrijven_buurt_2024/cbs_crime_test.csv'), 'utf8');
  const [header = '', ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const fields = header.split(',').map((f) => f.replace(/"/g, '').trim());
  const at = (name: string) => fields.indexOf(name);
  const years = new Map<number, number>();
  for (const line of lines) {
    const cells = line.split(',').map((c) => c.replace(/"/g, '').trim());
    if (cells[at('SoortMisdrijf')] !== '0.0.0' || cells[at('WijkenEnBuurten')] !== code) continue;
    years.set(Number(cells[at('Perioden')]?.slice(0, 4)), Number(cells[at('GeregistreerdeMisdrijven_1')]));
  }
  return years;
}

describe('registered crime 2021–2025 (47022NED)', () => {
  it('equals the official 47018NED figures for Aa en Hunze (GM1680), 2021–2024', async () => {
    const official = await official47018('GM1680');
    const trends = tableFromIPC(await readFile(join(outDir, dataFile.trendsArrow)));
    const published = new Map<number, number>();
    for (const row of trends) {
      const r = row.toJSON() as { code: string; series: string; year: number; value: number };
      if (r.code === 'GM1680' && r.series === 'misdrijven_geregistreerd') published.set(r.year, r.value);
    }
    for (const year of [2021, 2022, 2023, 2024]) expect(published.get(year), String(year)).toBe(official.get(year));
    const gemeente = rows.gemeente.get('GM1680');
    expect(gemeente?.[col.numerator('misdrijven_totaal')]).toBe(official.get(2024));
  });
});

describe('KWB 2024 subset', () => {
  it('publishes Amsterdam’s income per inhabitant (41.0 × € 1.000) and population (931,298)', () => {
    const amsterdam = rows.gemeente.get('GM0363');
    expect(amsterdam?.inkomen_per_inwoner).toBe(41);
    expect(amsterdam?.population).toBe(931_298);
  });
});
