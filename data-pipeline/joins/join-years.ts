/**
 * Stage 3: the read tables keyed to the 2024 register. 2024 files must use 2024 codes (an unknown code is
 * an error); other years' files join only where code and name match exactly (see match-other-year.ts).
 */
import { DataError } from '../errors.ts';
import type { Level } from '@atlas/contract';
import type { RegionRegister } from '../regions/register.ts';
import { NOT_ASSIGNABLE_BUURT } from '../sources/politie-misdrijven-2024.ts';
import type { RawSources } from '../sources/read-all.ts';
import { requireKnownCodes, type SourceTable } from '../sources/source-table.ts';
import { crimeAgreement2024, type CrimeAgreement } from './crime-agreement.ts';
import { buildCrimeTrend } from './crime-trend.ts';
import { yearsPerSeries, type TrendPoint, type YearsPerSeries } from './trend-point.ts';
import { currentGapReasons, currentTrendPoints } from './current-trends.ts';
import { trendGaps } from './trend-gaps.ts';
import { joinCurrent } from './join-current.ts';
import { matchBuurtLayoutByGemeente, matchExactCodeAndName, type JoinReport } from './match-other-year.ts';

export interface JoinedTables {
  /** The tables as loaded into DuckDB, keyed to 2024 region codes. */
  tables: SourceTable[];
  joins: JoinReport[];
  trendSeries: TrendPoint[];
  /** The years of each trend series (the gap rows add none). */
  trendYears: YearsPerSeries;
  /** The exact 47022NED counts against the halved 47018NED extract they replaced, for the build summary. */
  crimeAgreement: CrimeAgreement;
}

/** Check 2024 codes against the register and join other-year data by exact code and name. */
export function joinToRegister(sources: RawSources, register: RegionRegister): JoinedTables {
  const known = new Set(register.byCode.keys());
  const buurtCodes = new Set(register.byLevel.buurt.map((r) => r.code));
  requireKnownCodes(sources.crimeCategories, buurtCodes, 'WijkenEnBuurten');
  if (sources.recreatie) requireKnownCodes(sources.recreatie.table, known, 'gemeentecode');
  const joins: JoinReport[] = [];
  const matched = (table: SourceTable, level: Level) => {
    const result = matchExactCodeAndName(table, level, register);
    joins.push(result.report);
    return result.table;
  };
  const crimeTotals = matchBuurtLayoutByGemeente(
    sources.crimeTotals,
    register,
    new Set([NOT_ASSIGNABLE_BUURT]),
    (row) =>
      new DataError(
        { file: sources.crimeTotals.file, line: row.line, field: 'WijkenEnBuurten' },
        `unknown region code ${row.code} (its gemeente is not in the 2024 region register)`,
      ),
  );
  joins.push(crimeTotals.report);
  const trend = buildCrimeTrend(sources.crimeSeries.points, sources.crimeSeries.file, register);
  joins.push(trend.report);
  const wbk2023 = matched(sources.wbk2023, 'gemeente');
  const wbk2022 = matched(sources.wbk2022, 'wijk');
  const scp = matched(sources.scp, 'wijk');
  const kiesraad = matched(sources.kiesraad, 'gemeente');
  const current = joinCurrent(sources.current, register, sources.gemeenteWijk);
  joins.push(...current.joins);
  const tables: SourceTable[] = [
    sources.gemeenteWijk,
    sources.buurt,
    crimeTotals.table,
    sources.crimeCategories,
    wbk2023,
    wbk2022,
    scp,
    kiesraad,
    trend.table,
    ...(sources.recreatie ? [sources.recreatie.table] : []),
    ...current.tables,
  ];
  const { crime47022, health50150, tk2021 } = sources.current;
  const currentInputs = { crime47022, health50150, tk2021, tk2023: kiesraad };
  const points = [...trend.series, ...currentTrendPoints(currentInputs, register)];
  const trendYears = yearsPerSeries(points);
  return {
    tables,
    joins,
    // Gap rows say why a gemeente has no value (absent from the source, another division, suppressed).
    trendSeries: [...points, ...trendGaps(points, trendYears, register, { ...trend.gaps, ...currentGapReasons(currentInputs) })],
    trendYears,
    crimeAgreement: crimeAgreement2024(crime47022, crimeTotals.table, register),
  };
}
