/**
 * Why a gemeente (or Nederland) has no value in a trends series for a year: one row per such gap in the trends
 * table (value null, `reason` set), so the app can say "ontbreekt in de bron" rather than guess "andere
 * gebiedsindeling". Only the gemeente level and Nederland get gap rows: the wijk and buurt series would add
 * tens of thousands of rows, and their missing values already carry a reason in the level tables.
 */
import { NATIONAL_CODE, type MissingReason, type SeriesId } from '@atlas/contract';
import type { RegionRegister } from '../regions/register.ts';
import type { SourceTable } from '../sources/source-table.ts';
import type { TrendPoint, YearsPerSeries } from './trend-point.ts';

/** The reason for one gap; null leaves the gap without a row (not expected to have a value). */
export type GapReason = (code: string, year: number) => MissingReason | null;

/** Gap rows for every gemeente and Nederland without a value in a year of the series (`years`: of `points`), with its reason. */
export function trendGaps(
  points: readonly TrendPoint[],
  years: YearsPerSeries,
  register: RegionRegister,
  reasons: Partial<Record<SeriesId, GapReason>>,
): TrendPoint[] {
  const present = new Set<string>();
  const regions = [{ code: NATIONAL_CODE, name: 'Nederland' }, ...register.byLevel.gemeente];
  // keys only for the regions and series that can get a gap row: most points are wijken and buurten
  const gapRegions = new Set(regions.map((r) => r.code));
  for (const p of points) if (p.value !== null && gapRegions.has(p.code) && p.series in reasons) present.add(`${p.series}|${p.code}|${p.year}`);
  const gaps: TrendPoint[] = [];
  for (const [series, reasonOf] of Object.entries(reasons) as [SeriesId, GapReason][]) {
    const seriesYears = years[series] ?? [];
    for (const region of regions) {
      for (const year of seriesYears) {
        if (present.has(`${series}|${region.code}|${year}`)) continue;
        const reason = reasonOf(region.code, year);
        if (reason) gaps.push({ code: region.code, name: region.name, series, year, value: null, reason });
      }
    }
  }
  return gaps;
}

/** The reason a source table gives for a column of a region's row: its own reason, or no row at all = missing in the source. */
export function sourceGapReason(table: SourceTable, column: (year: number) => string): GapReason {
  const rows = new Map(table.rows.map((r) => [r.code, r]));
  return (code, year) => {
    const row = rows.get(code);
    if (!row) return code === NATIONAL_CODE ? null : 'missing_in_source';
    return row.reasons[column(year)] ?? 'missing_in_source';
  };
}
