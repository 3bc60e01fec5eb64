/**
 * The current sources (SOURCES.md §9–§15) keyed to the 2024 register: 2024-division files must use 2024
 * codes; RIVM 2020 wijken and buurten join only where their gemeente kept its name and exact code set.
 */
import type { RegionRegister } from '../regions/register.ts';
import type { CurrentSources } from '../sources/read-current.ts';
import { requireKnownCodes, type SourceTable } from '../sources/source-table.ts';
import { matchLayoutByGemeente } from './match-layout-by-gemeente.ts';
import { matchExactCodeAndName, notComparableRows, type JoinReport } from './match-other-year.ts';

export interface JoinedCurrent {
  tables: SourceTable[];
  joins: JoinReport[];
}

/**
 * 70262NED is on the division of its own year and has codes only: a gemeente joins where its code exists in
 * 2024 and its total area differs less than 1 % from the 2024 area (a merger or border change shows there).
 */
function matchByTerritory(table: SourceTable, kwbGemeenteWijk: SourceTable, register: RegionRegister): { table: SourceTable; report: JoinReport } {
  const area2024 = new Map(kwbGemeenteWijk.rows.map((row) => [row.code, row.values.oppervlakte_totaal ?? null]));
  const kept = table.rows.filter((row) => {
    const now = area2024.get(row.code) ?? null;
    const then = row.values.oppervlakte_totaal ?? null;
    return register.byCode.get(row.code)?.level === 'gemeente' && now !== null && then !== null && Math.abs(then / now - 1) < 0.01;
  });
  const keptCodes = new Set(kept.map((row) => row.code));
  const others = notComparableRows(
    table,
    register.byLevel.gemeente.filter((g) => !keptCodes.has(g.code)),
  );
  return {
    table: { ...table, rows: [...kept, ...others] },
    report: {
      sourceId: table.sourceId,
      table: table.name,
      level: 'gemeente',
      matched: kept.length,
      unmatched: table.rows.length - kept.length,
      rule: 'gemeentecode bestaat in 2024 en de totale oppervlakte wijkt minder dan 1 % af van 2024',
    },
  };
}

export function joinCurrent(sources: CurrentSources, register: RegionRegister, kwbGemeenteWijk: SourceTable): JoinedCurrent {
  const known = new Set(register.byCode.keys());
  const gemeenten = new Set(register.byLevel.gemeente.map((g) => g.code));
  requireKnownCodes(sources.kwbSubset, known, 'code');
  requireKnownCodes(sources.crime47022, known, 'code');
  requireKnownCodes(sources.health50150, known, 'code');
  for (const table of [sources.wbk2024, sources.crimeCategoriesGemeente, sources.tk2021, sources.ps2023, sources.gmjv, sources.rivm2020.gemeente]) {
    requireKnownCodes(table, gemeenten, 'gemeentecode');
  }
  const rivm = matchLayoutByGemeente(sources.rivm2020.wijkBuurt, ['wijk', 'buurt'], register);
  const bodemgebruik = sources.bodemgebruik ? matchByTerritory(sources.bodemgebruik.table, kwbGemeenteWijk, register) : null;
  // The maatwerk tables are on the 2021 and 2023 divisions: a gemeente joins where code and name are unchanged.
  const optional = [
    ...(bodemgebruik ? [bodemgebruik] : []),
    ...[sources.inschrijvingen, sources.recreatieObjecten].flatMap((s) => (s ? [matchExactCodeAndName(s.table, 'gemeente', register)] : [])),
  ];
  return {
    tables: [
      sources.kwbSubset,
      sources.crime47022,
      sources.wbk2024,
      sources.crimeCategoriesGemeente,
      sources.tk2021,
      sources.ps2023,
      sources.gmjv,
      sources.rivm2020.gemeente,
      rivm.table,
      ...optional.map((o) => o.table),
    ],
    joins: [...rivm.reports, ...optional.map((o) => o.report)],
  };
}
