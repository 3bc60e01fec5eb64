import type { Level, SourceId } from '@atlas/contract';
import type { RegionRegister } from '../regions/register.ts';
import type { SourceTable } from '../sources/source-table.ts';

export interface JoinReport {
  sourceId: SourceId;
  table: string;
  level: Level;
  matched: number;
  unmatched: number;
  rule: string;
}

/**
 * Names compared without a trailing disambiguation in brackets: CBS writes "Hengelo (O.)", the Kiesraad
 * "Hengelo (O)" and the 2023 Wijk- en Buurtkaart "Hengelo" for the same gemeente GM0164. The code must
 * still match exactly, so this cannot pair two different regions.
 */
export function comparableName(name: string): string {
  return name.replace(/\s*\([^()]*\)$/, '').trim();
}

/** Rows for 2024 regions the other year's table cannot speak for: every column missing as 'not_comparable'. */
/** Rows for regions the table cannot speak for: every column null with reason 'not_comparable'. */
export function notComparableRows(table: SourceTable, regions: readonly { code: string }[]): SourceTable['rows'] {
  return regions.map((region) => ({
    code: region.code,
    line: 0,
    values: Object.fromEntries(table.columns.map((c) => [c, null])),
    reasons: Object.fromEntries(table.columns.map((c) => [c, 'not_comparable' as const])),
  }));
}

/**
 * Data on another year's layout joins a 2024 region only where code and name are exactly equal;
 * boundary changes usually change one of them. Nothing is guessed: unmatched rows are dropped and
 * the 2024 regions without a match get 'not_comparable' for every column of the table.
 */
export function matchExactCodeAndName(table: SourceTable, level: Level, register: RegionRegister): { table: SourceTable; report: JoinReport } {
  const kept = table.rows.filter((row) => {
    const region = register.byCode.get(row.code);
    return region !== undefined && region.level === level && row.name !== undefined && comparableName(row.name) === comparableName(region.name);
  });
  const keptCodes = new Set(kept.map((row) => row.code));
  const notComparable = notComparableRows(
    table,
    register.byLevel[level].filter((region) => !keptCodes.has(region.code)),
  );
  return {
    table: { ...table, rows: [...kept, ...notComparable] },
    report: {
      sourceId: table.sourceId,
      table: table.name,
      level,
      matched: kept.length,
      unmatched: table.rows.length - kept.length,
      rule: 'code en naam exact gelijk aan de gebiedsindeling 2024 (naam zonder aanduiding tussen haakjes, zoals “(L.)”)',
    },
  };
}

/**
 * For code-only files on a later buurt layout (the 2024 crime extract uses the 2025 buurt codes in a
 * few gemeenten): where a gemeente's buurt codes in the file differ from the 2024 register, the whole
 * gemeente is not comparable — a redivision can change buurten that kept their code. A code whose
 * gemeente does not exist at all is an error, not a layout difference.
 */
export function matchBuurtLayoutByGemeente(
  table: SourceTable,
  register: RegionRegister,
  ignore: ReadonlySet<string>,
  codeError: (row: SourceTable['rows'][number]) => Error,
): { table: SourceTable; report: JoinReport } {
  const gemeenteOf = (buurtCode: string) => `GM${buurtCode.slice(2, 6)}`;
  const changed = new Set<string>();
  const inFile = new Set<string>();
  for (const row of table.rows) {
    if (ignore.has(row.code)) continue;
    inFile.add(row.code);
    if (register.byCode.has(row.code)) continue;
    const gemeente = gemeenteOf(row.code);
    if (!register.byCode.has(gemeente)) throw codeError(row);
    changed.add(gemeente);
  }
  for (const buurt of register.byLevel.buurt) if (!inFile.has(buurt.code)) changed.add(buurt.gemeenteCode);
  const comparable = (code: string) => register.byCode.has(code) && !changed.has(gemeenteOf(code));
  const kept = table.rows.filter((row) => comparable(row.code));
  const notComparable = notComparableRows(
    table,
    register.byLevel.buurt.filter((b) => changed.has(b.gemeenteCode)),
  );
  return {
    table: { ...table, rows: [...kept, ...notComparable] },
    report: {
      sourceId: table.sourceId,
      table: table.name,
      level: 'buurt',
      matched: kept.length,
      unmatched: table.rows.length - kept.length - [...table.rows].filter((r) => ignore.has(r.code)).length,
      rule: `buurtcode gelijk, en alleen in gemeenten waarvan de buurtindeling in het bestand gelijk is aan 2024 (${changed.size} gemeenten met een andere indeling uitgesloten)`,
    },
  };
}
