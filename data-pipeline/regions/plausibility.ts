/**
 * The one place where the declared table checks (io/table-checks.ts) meet their tables: each reader
 * exports its declaration, this list pairs it with the table the reader produced. Runs once the
 * register exists; returns the warnings of everything accepted with a caveat. Here, beside the register, because it
 * needs it: sources/ only reads.
 */
import { LEVELS, type Level } from '@atlas/contract';
import { checkTable, type CheckedTable, type RegisterView, type TableChecks } from '../io/table-checks.ts';
import type { RegionRegister } from './register.ts';
import { KIESRAAD_CHECKS } from '../sources/kiesraad-tk2023.ts';
import { KWB_BUURT_CHECKS, KWB_GEMEENTE_WIJK_CHECKS } from '../sources/kwb-2024.ts';
import { CRIME_CATEGORIES_CHECKS, CRIME_TOTALS_CHECKS } from '../sources/politie-misdrijven-2024.ts';
import type { RawSources } from '../sources/read-all.ts';
import { SCP_CHECKS } from '../sources/scp-jeugdhulp-2017.ts';
import { WBK2022_CHECKS, WBK2023_CHECKS } from '../sources/wijk-en-buurtkaart.ts';

function declaredChecks(sources: RawSources): [CheckedTable, TableChecks][] {
  return [
    ...KWB_GEMEENTE_WIJK_CHECKS.map((checks): [CheckedTable, TableChecks] => [sources.gemeenteWijk, checks]),
    [sources.buurt, KWB_BUURT_CHECKS],
    [sources.crimeTotals, CRIME_TOTALS_CHECKS],
    [sources.crimeCategories, CRIME_CATEGORIES_CHECKS],
    [sources.wbk2023, WBK2023_CHECKS],
    [sources.wbk2022, WBK2022_CHECKS],
    [sources.scp, SCP_CHECKS],
    [sources.kiesraad, KIESRAAD_CHECKS],
  ];
}

export function checkPlausibility(sources: RawSources, register: RegionRegister): string[] {
  const view: RegisterView = {
    codes: Object.fromEntries(LEVELS.map((level) => [level, register.byLevel[level].map((r) => r.code)])) as Record<Level, string[]>,
    parentAt: (code, level) => {
      const region = register.byCode.get(code);
      return level === 'gemeente' ? (region?.gemeenteCode ?? null) : level === 'wijk' ? (region?.wijkCode ?? null) : null;
    },
  };
  return declaredChecks(sources).flatMap(([table, checks]) => checkTable(table, checks, view));
}
