import { CRIME_COUNT_SERIES, CRIME_RATE_SERIES, NATIONAL_CODE, type MissingReason, type SeriesId } from '@atlas/contract';
import type { RegionRegister } from '../regions/register.ts';
import type { CrimeSeriesPoint } from '../sources/cbs-misdrijven-2010-2020.ts';
import type { SourceTable } from '../sources/source-table.ts';
import type { JoinReport } from './match-other-year.ts';
import type { GapReason } from './trend-gaps.ts';
import type { TrendPoint } from './trend-point.ts';

export const TREND_YEARS = { from: 2015, to: 2020 } as const;

const codeNumber = (code: string): number => Number(code.slice(2));

/**
 * Why a 2024 gemeente has no row in the 2010–2020 extract. CBS gives a gemeente formed by a herindeling a new,
 * higher code, so a gemeente whose code is above every code the extract matched was formed after its last year:
 * another division (not_comparable, e.g. Land van Cuijk 2022). Any other gemeente (Breda) existed under its
 * 2024 name and is simply not in the extract: missing_in_source.
 */
export function absentFromExtractReason(matchedCodes: ReadonlySet<string>): (code: string) => MissingReason {
  const newest = Math.max(...[...matchedCodes].filter((c) => c !== NATIONAL_CODE).map(codeNumber));
  return (code) => (codeNumber(code) > newest ? 'not_comparable' : 'missing_in_source');
}

/** The other series of the trends table besides CRIME_RATE_SERIES: registered crimes, a count. */

/**
 * StatLine's RegioS names a gemeente "X (gemeente)" only where a provincie or other region has the
 * same name; that suffix is the one rewrite allowed before the exact name match.
 */
export function statlineGemeenteName(name: string): string {
  return name.replace(/ \(gemeente\)$/, '');
}

/** Map 83648NED rows to 2024 gemeenten by exact name; build the trend table and the long series. */
export function buildCrimeTrend(
  points: CrimeSeriesPoint[],
  file: string,
  register: RegionRegister,
): { table: SourceTable; series: TrendPoint[]; gaps: Partial<Record<SeriesId, GapReason>>; report: JoinReport } {
  const gemeenteByName = new Map(register.byLevel.gemeente.map((g) => [g.name, g]));
  const series: TrendPoint[] = [];
  const perThousand = new Map<string, Map<number, number>>();
  const counted = new Map<string, Set<number>>();
  const sourceNames = new Set<string>();
  const matchedNames = new Set<string>();
  for (const point of points) {
    sourceNames.add(point.name);
    const isNational = point.name === 'Nederland';
    const gemeente = isNational ? undefined : gemeenteByName.get(statlineGemeenteName(point.name));
    if (!isNational && !gemeente) continue;
    if (gemeente) matchedNames.add(point.name);
    const code = isNational ? NATIONAL_CODE : gemeente!.code;
    const name = isNational ? 'Nederland' : gemeente!.name;
    series.push({ code, name, series: CRIME_COUNT_SERIES, year: point.year, value: point.misdrijven });
    counted.set(code, (counted.get(code) ?? new Set<number>()).add(point.year));
    const years = perThousand.get(code) ?? new Map<number, number>();
    perThousand.set(code, years);
    if (point.perDuizend === null) continue;
    series.push({ code, name, series: CRIME_RATE_SERIES, year: point.year, value: point.perDuizend });
    years.set(point.year, point.perDuizend);
  }
  const absentReason = absentFromExtractReason(new Set(perThousand.keys()));
  // A gap in a year the extract does cover for the gemeente (a zero-filled year) is missing in the source.
  const gapReason = (known: Map<string, Set<number> | Map<number, number>>) => (code: string, year: number) =>
    known.has(code) ? (known.get(code)?.has(year) ? null : 'missing_in_source') : absentReason(code);
  const rows: SourceTable['rows'] = [];
  const codes = [NATIONAL_CODE, ...register.byLevel.gemeente.map((g) => g.code)];
  for (const code of codes) {
    const years = perThousand.get(code);
    const from = years?.get(TREND_YEARS.from) ?? null;
    const to = years?.get(TREND_YEARS.to) ?? null;
    const reason = years ? 'missing_in_source' : absentReason(code);
    rows.push({
      code,
      line: 0,
      values: { per_duizend_2015: from, per_duizend_2020: to },
      reasons: {
        ...(from === null ? { per_duizend_2015: reason } : {}),
        ...(to === null ? { per_duizend_2020: reason } : {}),
      },
    });
  }
  return {
    table: { name: 'misdrijven_trend_gemeente', sourceId: 'cbs_misdrijven_2010_2020', file, columns: ['per_duizend_2015', 'per_duizend_2020'], rows },
    series,
    gaps: { [CRIME_COUNT_SERIES]: gapReason(counted), [CRIME_RATE_SERIES]: gapReason(perThousand) },
    report: {
      sourceId: 'cbs_misdrijven_2010_2020',
      table: 'misdrijven_trend_gemeente',
      level: 'gemeente',
      matched: matchedNames.size,
      unmatched: sourceNames.size - matchedNames.size - (sourceNames.has('Nederland') ? 1 : 0),
      rule: 'gemeentenaam exact gelijk aan 2024 (zonder de StatLine-toevoeging “(gemeente)”)',
    },
  };
}
