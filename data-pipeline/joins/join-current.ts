/**
 * The current sources (SOURCES.md §9–§15) keyed to the 2024 register: 2024-division files must use 2024
 * codes; RIVM 2020 wijken and buurten join only where their gemeente kept its name and exact code set.
 */
import type { RegionRegister } from '../regions/register.ts';
import type { CurrentSources } from '../sources/read-current.ts';
import { requireKnownCodes, type SourceTable } from '../sources/source-table.ts';
import { matchLayoutByGemeente } from './match-layout-by-gemeente.ts';
import type { JoinReport } from './match-other-year.ts';

export interface JoinedCurrent {
  tables: SourceTable[];
  joins: JoinReport[];
}

export function joinCurrent(sources: CurrentSources, register: RegionRegister): JoinedCurrent {
  const known = new Set(register.byCode.keys());
  const gemeenten = new Set(register.byLevel.gemeente.map((g) => g.code));
  requireKnownCodes(sources.kwbSubset, known, 'code');
  requireKnownCodes(sources.crime47022, known, 'code');
  requireKnownCodes(sources.health50150, known, 'code');
  for (const table of [sources.wbk2024, sources.crimeCategoriesGemeente, sources.tk2021, sources.ps2023, sources.gmjv, sources.rivm2020.gemeente]) {
    requireKnownCodes(table, gemeenten, 'gemeentecode');
  }
  const rivm = matchLayoutByGemeente(sources.rivm2020.wijkBuurt, ['wijk', 'buurt'], register);
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
    ],
    joins: rivm.reports,
  };
}
