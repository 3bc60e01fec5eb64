/**
 * Yearly series of the current sources for the trends table: registered crime 2021–2025 (count and per
 * 1,000 inhabitants of 2024) per buurt, wijk, gemeente and Nederland; good perceived health 2012–2024 per
 * gemeente and buurt; Tweede Kamer turnout 2021 and 2023 per gemeente and Nederland.
 */
import { CURRENT_CRIME_RATE_SERIES, NATIONAL_CODE, type SeriesId } from '@atlas/contract';
import { INDICATORS } from '../../indicators/catalog/indicators.ts';
import type { IndicatorDefinition } from '../../indicators/catalog/types.ts';
import type { Region, RegionRegister } from '../regions/register.ts';
import type { SourceTable } from '../sources/source-table.ts';
import { CRIME_47022_YEARS, crimeColumn, HEALTH_50150_YEARS, healthColumn } from '../sources/woonikveilig-2024.ts';
import type { TrendPoint } from './trend-point.ts';
import { sourceGapReason, type GapReason } from './trend-gaps.ts';

export const CURRENT_SERIES = {
  crimeCount: 'misdrijven_geregistreerd',
  crimeRate: CURRENT_CRIME_RATE_SERIES,
  health: 'goed_ervaren_gezondheid',
  turnout: 'opkomst_tweede_kamer',
} as const satisfies Record<string, SeriesId>;

export interface CurrentTrendInputs {
  crime47022: SourceTable;
  health50150: SourceTable;
  tk2021: SourceTable;
  tk2023: SourceTable;
}

const byCode = (table: SourceTable) => new Map(table.rows.map((row) => [row.code, row]));

/** The sum over a wijk's buurten, in register order; null without buurten or when an inhabited buurt has no value. */
function wijkTotal(buurten: readonly Region[], valueOf: (code: string) => number | null): number | null {
  let total = 0;
  for (const buurt of buurten) {
    const value = valueOf(buurt.code);
    if (value === null && (buurt.population ?? 0) > 0) return null;
    total += value ?? 0;
  }
  return buurten.length === 0 ? null : total;
}

/**
 * The minimum population of the indicator whose years a series holds: a rate (or the count it is made of) is no more
 * publishable in a year of its series than in the indicator itself (Botlek-Europoort-Maasvlakte, 15 inhabitants, had
 * 40.066,7 misdrijven per 1.000 inhabitants in the trends while its indicator withheld it, and that value set the top
 * of the year map's legend).
 */
function seriesMinPopulation(series: SeriesId): number {
  const indicators: readonly IndicatorDefinition[] = INDICATORS;
  return Math.max(0, ...indicators.filter((i) => i.series === series).map((i) => i.minPopulation));
}

/**
 * Crime counts per year: gemeente from its own total, buurt where comparable, wijk as the sum of its
 * buurten only when every inhabited buurt has a count (a not-comparable buurt leaves its wijk out), and
 * Nederland as the sum of the gemeenten (crimes the police cannot place in a buurt are not in it).
 */
function crimePoints(crime: SourceTable, register: RegionRegister): TrendPoint[] {
  const rows = byCode(crime);
  const points: TrendPoint[] = [];
  const minPopulation = seriesMinPopulation(CURRENT_SERIES.crimeRate);
  // the count goes too: with the published population it gives the rate back
  const push = (code: string, name: string, year: number, count: number, population: number | null) => {
    if (code !== NATIONAL_CODE && !(population !== null && population > 0 && population >= minPopulation)) return;
    points.push({ code, name, series: CURRENT_SERIES.crimeCount, year, value: count });
    if (population !== null && population > 0) points.push({ code, name, series: CURRENT_SERIES.crimeRate, year, value: (count / population) * 1000 });
  };
  for (const year of CRIME_47022_YEARS) {
    const column = crimeColumn(year);
    let national = 0;
    let nationalPopulation = 0;
    for (const level of ['gemeente', 'buurt'] as const) {
      for (const region of register.byLevel[level]) {
        const value = rows.get(region.code)?.values[column] ?? null;
        if (value === null) continue;
        push(region.code, region.name, year, value, region.population);
        if (level === 'gemeente') {
          national += value;
          nationalPopulation += region.population ?? 0;
        }
      }
    }
    push(NATIONAL_CODE, 'Nederland', year, national, nationalPopulation);
    for (const wijk of register.byLevel.wijk) {
      const total = wijkTotal(register.buurtenOf.get(wijk.code) ?? [], (code) => rows.get(code)?.values[column] ?? null);
      if (total !== null) push(wijk.code, wijk.name, year, total, wijk.population);
    }
  }
  return points;
}

function healthPoints(health: SourceTable, register: RegionRegister): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const row of health.rows) {
    const region = register.byCode.get(row.code);
    if (!region) continue;
    for (const year of HEALTH_50150_YEARS) {
      const value = row.values[healthColumn(year)] ?? null;
      if (value !== null) points.push({ code: row.code, name: region.name, series: CURRENT_SERIES.health, year, value });
    }
  }
  return points;
}

/** Turnout as a share of the electorate: TK2021 without kiezerspassen (flagged gemeenten left out), TK2023 ballots found. */
function turnoutPoints(tk2021: SourceTable, tk2023: SourceTable, register: RegionRegister): TrendPoint[] {
  const points: TrendPoint[] = [];
  const elections = [
    {
      year: 2021,
      table: tk2021,
      voted: (v: SourceTable['rows'][number]['values']) => (v.uitgebracht != null && v.kiezerspassen != null ? v.uitgebracht - v.kiezerspassen : null),
    },
    { year: 2023, table: tk2023, voted: (v: SourceTable['rows'][number]['values']) => v.opgekomen ?? null },
  ];
  for (const { year, table, voted } of elections) {
    let votes = 0;
    let electorate = 0;
    for (const row of table.rows) {
      const region = register.byCode.get(row.code);
      const numerator = voted(row.values);
      const denominator = row.values.kiesgerechtigden ?? null;
      if (!region || numerator === null || denominator === null || denominator <= 0) continue;
      points.push({ code: row.code, name: region.name, series: CURRENT_SERIES.turnout, year, value: (numerator / denominator) * 100 });
      votes += numerator;
      electorate += denominator;
    }
    if (electorate > 0) points.push({ code: NATIONAL_CODE, name: 'Nederland', series: CURRENT_SERIES.turnout, year, value: (votes / electorate) * 100 });
  }
  return points;
}

export function currentTrendPoints(inputs: CurrentTrendInputs, register: RegionRegister): TrendPoint[] {
  return [...crimePoints(inputs.crime47022, register), ...healthPoints(inputs.health50150, register), ...turnoutPoints(inputs.tk2021, inputs.tk2023, register)];
}

/** Why a gemeente lacks a year of a current series: the reason its source row gives (no row: missing in the source). */
export function currentGapReasons(inputs: CurrentTrendInputs): Partial<Record<SeriesId, GapReason>> {
  const crime = sourceGapReason(inputs.crime47022, crimeColumn);
  const turnout2021 = sourceGapReason(inputs.tk2021, () => 'kiezerspassen');
  const turnout2023 = sourceGapReason(inputs.tk2023, () => 'opgekomen');
  return {
    [CURRENT_SERIES.crimeCount]: crime,
    [CURRENT_SERIES.crimeRate]: crime,
    [CURRENT_SERIES.health]: sourceGapReason(inputs.health50150, healthColumn),
    [CURRENT_SERIES.turnout]: (code, year) => (year === 2021 ? turnout2021 : turnout2023)(code, year),
  };
}
