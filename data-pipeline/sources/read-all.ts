import { buildCrimeTrend, type TrendPoint } from '../compute/crime-trend.ts';
import { matchBuurtLayoutByGemeente, matchExactCodeAndName, type JoinReport } from '../compute/match-other-year.ts';
import { DataError } from '../errors.ts';
import type { Level } from '@atlas/contract';
import { buildRegister, type RegionRegister } from '../regions/register.ts';
import { readCrimeSeries } from './cbs-misdrijven-2010-2020.ts';
import { GEMEENTE_REGIO_FILE, readGemeenteRegio } from './gemeente-regio.ts';
import { readKiesraadTk2023 } from './kiesraad-tk2023.ts';
import { KWB_FILES, readBuurtNames, readKwbBuurt, readKwbGemeenteWijk, readKwbRegionList } from './kwb-2024.ts';
import { NOT_ASSIGNABLE_BUURT, readCrimeCategories, readCrimeTotals } from './politie-misdrijven-2024.ts';
import type { RawFolder } from './raw-folder.ts';
import { readRecreatiewoningen } from './recreatiewoningen.ts';
import { readScpJeugdhulp } from './scp-jeugdhulp-2017.ts';
import { requireKnownCodes, type SourceTable } from './source-table.ts';
import { readWbk2022Wijken, readWbk2023Gemeenten } from './wijk-en-buurtkaart.ts';

export type RawSources = Awaited<ReturnType<typeof readAllSources>>;

/** Every reader, in parallel; each validates its own file and fails with file, line and field. */
export async function readAllSources(raw: RawFolder) {
  const [list, gemeenteWijk, buurt, buurtNames, regio, crimeTotals, crimeCategories, crimeSeries, wbk2023, wbk2022, scp, kiesraad, recreatie] = await Promise.all([
    readKwbRegionList(raw),
    readKwbGemeenteWijk(raw),
    readKwbBuurt(raw),
    readBuurtNames(raw),
    readGemeenteRegio(raw),
    readCrimeTotals(raw),
    readCrimeCategories(raw),
    readCrimeSeries(raw),
    readWbk2023Gemeenten(raw),
    readWbk2022Wijken(raw),
    readScpJeugdhulp(raw),
    readKiesraadTk2023(raw),
    readRecreatiewoningen(raw),
  ]);
  return { list, gemeenteWijk, buurt, buurtNames, regio, crimeTotals, crimeCategories, crimeSeries, wbk2023, wbk2022, scp, kiesraad, recreatie };
}

export function registerFrom(raw: RawFolder, sources: RawSources): RegionRegister {
  return buildRegister({
    list: sources.list,
    listFile: raw.path(KWB_FILES.regions),
    regio: sources.regio,
    regioFile: raw.path(GEMEENTE_REGIO_FILE),
    gemeenteWijk: sources.gemeenteWijk,
    buurt: sources.buurt,
    buurtNames: sources.buurtNames,
    buurtNamesFile: raw.path(KWB_FILES.buurtNames),
  });
}

export interface PreparedTables {
  /** The tables as loaded into DuckDB, keyed to 2024 region codes. */
  tables: SourceTable[];
  joins: JoinReport[];
  trendSeries: TrendPoint[];
}

/** Check 2024 codes against the register and join other-year data by exact code and name. */
export function prepareTables(sources: RawSources, register: RegionRegister): PreparedTables {
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
  const crimeTotals = matchBuurtLayoutByGemeente(sources.crimeTotals, register, new Set([NOT_ASSIGNABLE_BUURT]), (row) =>
    new DataError({ file: sources.crimeTotals.file, line: row.line, field: 'WijkenEnBuurten' }, `unknown region code ${row.code} (its gemeente is not in the 2024 region register)`),
  );
  joins.push(crimeTotals.report);
  const trend = buildCrimeTrend(sources.crimeSeries.points, sources.crimeSeries.file, register);
  joins.push(trend.report);
  const tables: SourceTable[] = [
    sources.gemeenteWijk,
    sources.buurt,
    crimeTotals.table,
    sources.crimeCategories,
    matched(sources.wbk2023, 'gemeente'),
    matched(sources.wbk2022, 'wijk'),
    matched(sources.scp, 'wijk'),
    matched(sources.kiesraad, 'gemeente'),
    trend.table,
    ...(sources.recreatie ? [sources.recreatie.table] : []),
  ];
  return { tables, joins, trendSeries: trend.series };
}
