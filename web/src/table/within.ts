/**
 * "Alleen de wijken van deze gemeente": which region a table (and its export) can be limited to. A gemeente
 * limits the wijk and buurt tables, a wijk the buurt table; anything else offers no limit.
 */
import type { Level } from '@atlas/contract';
import { levelOfCode } from '../data/regions.ts';

export interface Within {
  column: 'gemeente_code' | 'wijk_code';
  code: string;
  name: string;
}

const DEPTH: Record<Level, number> = { gemeente: 0, wijk: 1, buurt: 2 };

/** The limit a selected region offers on a table of `level`, or null when it does not contain that level's regions. */
export function withinFor(code: string | null, name: string | null, level: Level): Within | null {
  if (!code) return null;
  const of = levelOfCode(code);
  if (of === null || of === 'buurt' || DEPTH[of] >= DEPTH[level]) return null;
  return { column: of === 'gemeente' ? 'gemeente_code' : 'wijk_code', code, name: name ?? code };
}
