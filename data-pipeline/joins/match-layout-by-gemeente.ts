import type { Level } from '@atlas/contract';
import type { RegionRegister } from '../regions/register.ts';
import type { SourceTable } from '../sources/source-table.ts';
import { comparableName, type JoinReport } from './match-other-year.ts';

const PREFIX: Record<Exclude<Level, 'gemeente'>, string> = { wijk: 'WK', buurt: 'BU' };
const gemeenteOf = (code: string) => `GM${code.slice(2, 6)}`;

/**
 * Wijken and buurten of another year's division, for a file that names only the gemeente (RIVM 2020): a
 * gemeente's wijken (buurten) join only where the gemeente has the same code and name as in 2024 and
 * exactly the same set of wijk (buurt) codes, so a redivision anywhere in it excludes all of it. Rows of
 * `table` carry the other year's gemeente name in `name`. Nothing is guessed; the rest is not_comparable.
 */
export function matchLayoutByGemeente(
  table: SourceTable,
  levels: readonly Exclude<Level, 'gemeente'>[],
  register: RegionRegister,
): { table: SourceTable; reports: JoinReport[] } {
  const rows: SourceTable['rows'] = [];
  const reports: JoinReport[] = [];
  for (const level of levels) {
    const inFile = table.rows.filter((row) => row.code.startsWith(PREFIX[level]));
    const fileCodes = new Map<string, Set<string>>();
    const fileNames = new Map<string, string>();
    for (const row of inFile) {
      const gemeente = gemeenteOf(row.code);
      fileCodes.set(gemeente, (fileCodes.get(gemeente) ?? new Set()).add(row.code));
      if (row.name !== undefined) fileNames.set(gemeente, row.name);
    }
    const registerCodes = new Map<string, string[]>();
    for (const region of register.byLevel[level]) registerCodes.set(region.gemeenteCode, [...(registerCodes.get(region.gemeenteCode) ?? []), region.code]);
    const comparable = new Set<string>();
    for (const gemeente of register.byLevel.gemeente) {
      const codes = registerCodes.get(gemeente.code) ?? [];
      const other = fileCodes.get(gemeente.code);
      const name = fileNames.get(gemeente.code);
      const sameName = name !== undefined && comparableName(name) === comparableName(gemeente.name);
      if (sameName && other !== undefined && other.size === codes.length && codes.every((c) => other.has(c))) comparable.add(gemeente.code);
    }
    const kept = inFile.filter((row) => comparable.has(gemeenteOf(row.code)));
    rows.push(...kept);
    for (const region of register.byLevel[level]) {
      if (comparable.has(region.gemeenteCode)) continue;
      rows.push({
        code: region.code,
        line: 0,
        values: Object.fromEntries(table.columns.map((c) => [c, null])),
        reasons: Object.fromEntries(table.columns.map((c) => [c, 'not_comparable' as const])),
      });
    }
    reports.push({
      sourceId: table.sourceId,
      table: table.name,
      level,
      matched: kept.length,
      unmatched: inFile.length - kept.length,
      rule: `gemeente met dezelfde code en naam en precies dezelfde ${level}codes als in 2024 (${comparable.size} van ${register.byLevel.gemeente.length} gemeenten)`,
    });
  }
  return { table: { ...table, rows }, reports };
}
