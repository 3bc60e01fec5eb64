/**
 * Type-ahead over every region name. Matching ignores case and accents ("Súdwest" finds "Sudwest"); exact and
 * prefix matches come first, then larger levels, then more inhabitants.
 */
import type { Level } from '@atlas/contract';
import type { RegionKind } from '../data/regions.ts';

export interface SearchEntry {
  code: string;
  name: string;
  kind: RegionKind;
  /** Gemeente name, to tell equal names apart (absent for gemeenten and aggregates). */
  gemeente: string | null;
  population: number;
  folded: string;
}

export const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const KIND_ORDER: Record<RegionKind, number> = { gemeente: 0, provincie: 1, politie_eenheid: 2, veiligheidsregio: 3, wijk: 4, buurt: 5 };

export function makeEntry(code: string, name: string, kind: RegionKind, gemeente: string | null, population: number): SearchEntry {
  return { code, name, kind, gemeente, population: Number.isFinite(population) ? population : 0, folded: fold(name) };
}

export function searchRegions(entries: readonly SearchEntry[], query: string, limit = 10): SearchEntry[] {
  const q = fold(query);
  if (!q) return [];
  const scored: { e: SearchEntry; score: number }[] = [];
  for (const e of entries) {
    let score: number;
    if (e.folded === q) score = 0;
    else if (e.folded.startsWith(q)) score = 1;
    else if (e.folded.includes(` ${q}`)) score = 2;
    else if (e.folded.includes(q)) score = 3;
    else if (e.code.toLowerCase() === query.trim().toLowerCase()) score = 0;
    else continue;
    scored.push({ e, score });
  }
  scored.sort(
    (a, b) => a.score - b.score || KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] || b.e.population - a.e.population || a.e.name.localeCompare(b.e.name, 'nl'),
  );
  return scored.slice(0, limit).map((s) => s.e);
}

export const isLevelKind = (kind: RegionKind): kind is Level => kind === 'gemeente' || kind === 'wijk' || kind === 'buurt';
