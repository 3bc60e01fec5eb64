/**
 * Where a code belongs: a level (GM/WK/BU) or an aggregate region, and the chain of regions it lies in.
 */
import { AGGREGATES, type Aggregate, type Level } from '@atlas/contract';
import type { RegionTable } from './region-table.ts';

export type RegionKind = Level | Aggregate;

export function levelOfCode(code: string): Level | null {
  if (code.startsWith('GM')) return 'gemeente';
  if (code.startsWith('WK')) return 'wijk';
  if (code.startsWith('BU')) return 'buurt';
  return null;
}

/** Aggregate regions as found in the gemeente table (code → kind and name). */
export function aggregateIndex(gemeente: RegionTable): Map<string, { kind: Aggregate; name: string; members: number }> {
  const out = new Map<string, { kind: Aggregate; name: string; members: number }>();
  for (const kind of AGGREGATES) {
    const codes = gemeente.strings(`${kind}_code`);
    const names = gemeente.strings(`${kind}_name`);
    codes.forEach((code, i) => {
      if (!code) return;
      const entry = out.get(code);
      if (entry) entry.members += 1;
      else out.set(code, { kind, name: names[i] ?? code, members: 1 });
    });
  }
  return out;
}

export interface HierarchyLink {
  kind: RegionKind;
  code: string;
  name: string;
}

/** The regions a row lies in, from small to large: wijk, gemeente, politie-eenheid, veiligheidsregio, provincie. */
export function hierarchyOf(table: RegionTable, row: number): HierarchyLink[] {
  const links: HierarchyLink[] = [];
  const add = (kind: RegionKind, codeCol: string, nameCol: string): void => {
    const code = table.string(codeCol, row);
    if (code && code !== table.codes[row]) links.push({ kind, code, name: table.string(nameCol, row) ?? code });
  };
  if (table.level === 'buurt') add('wijk', 'wijk_code', 'wijk_name');
  if (table.level !== 'gemeente') add('gemeente', 'gemeente_code', 'gemeente_name');
  add('politie_eenheid', 'politie_eenheid_code', 'politie_eenheid_name');
  add('veiligheidsregio', 'veiligheidsregio_code', 'veiligheidsregio_name');
  add('provincie', 'provincie_code', 'provincie_name');
  return links;
}
