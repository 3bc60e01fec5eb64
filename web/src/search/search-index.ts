/**
 * Type-ahead over every region name and code (and a few everyday names: "Den Haag" finds 's-Gravenhage). Matching
 * ignores case and accents ("Súdwest" finds "Sudwest");
 * exact matches come first, then prefixes, then a word inside the name, then any part of it; within each,
 * larger levels, then more inhabitants, then Dutch name order. A code matches exactly or by its start
 * ("BU0855" lists Tilburg's buurten).
 */
import type { Level, SearchBounds } from '@atlas/contract';
import type { RegionKind } from '../data/regions.ts';
import { fmt } from '../format/format.ts';

export interface SearchEntry {
  code: string;
  name: string;
  kind: RegionKind;
  /** Gemeente name, to tell equal names apart (absent for gemeenten and aggregates). */
  gemeente: string | null;
  /** Wijk name of a buurt. */
  wijk: string | null;
  population: number;
  /** Where to fly: the region's bounds, or its wijk's for a buurt without a polygon; null when unknown. */
  bounds: SearchBounds;
  folded: string;
  foldedCode: string;
  /** Other names it goes by, folded: the everyday name, or the name without its "(L.)"-style suffix. */
  otherNames: string[];
}

/**
 * Gemeenten whose official (CBS) name is not the one people type: 's-Gravenhage is Den Haag, 's-Hertogenbosch
 * is Den Bosch. Keyed by code, which the boundary year does not change for these two.
 */
const EVERYDAY_NAMES: Readonly<Record<string, readonly string[]>> = { GM0518: ['Den Haag'], GM0796: ['Den Bosch'] };

/** "Bergen (L.)" is also "Bergen": the suffix only tells equal names apart. */
const withoutSuffix = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, '');

export const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const KIND_ORDER: Record<RegionKind, number> = { gemeente: 0, provincie: 1, politie_eenheid: 2, veiligheidsregio: 3, wijk: 4, buurt: 5 };

export function makeEntry(
  code: string,
  name: string,
  kind: RegionKind,
  gemeente: string | null,
  population: number | null,
  where: { wijk?: string | null; bounds?: SearchBounds } = {},
): SearchEntry {
  const folded = fold(name);
  return {
    code,
    name,
    kind,
    gemeente,
    wijk: where.wijk ?? null,
    population: population !== null && Number.isFinite(population) ? population : 0,
    bounds: where.bounds ?? null,
    folded,
    foldedCode: code.toLowerCase(),
    otherNames: [...new Set([withoutSuffix(name), ...(kind === 'gemeente' ? (EVERYDAY_NAMES[code] ?? []) : [])].map(fold))].filter((n) => n !== folded),
  };
}

/** A code's start has letters and a digit ("bu0855"); plain letters are a name, or "bu" would list every buurt. */
const looksLikeCode = (q: string): boolean => /^[a-z]{2}\d/.test(q);

/** 0 exact, 1 prefix, 2 a word of the name starts with it, 3 anywhere in the name; null: no match. */
function matchRank(e: SearchEntry, q: string, code: string): number | null {
  let best = lower(e.foldedCode === code ? 0 : looksLikeCode(code) && e.foldedCode.startsWith(code) ? 1 : null, nameRank(e.folded, q));
  // Per keystroke over every region: no array per entry, and most have no other name.
  for (const name of e.otherNames) best = lower(best, nameRank(name, q));
  return best;
}

const lower = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));

const nameRank = (name: string, q: string): number | null =>
  name === q ? 0 : name.startsWith(q) ? 1 : name.includes(` ${q}`) ? 2 : name.includes(q) ? 3 : null;

export function searchRegions(entries: readonly SearchEntry[], query: string, limit = 10): SearchEntry[] {
  const q = fold(query);
  if (!q) return [];
  const code = query.trim().toLowerCase();
  const scored: { e: SearchEntry; rank: number }[] = [];
  for (const e of entries) {
    const rank = matchRank(e, q, code);
    if (rank !== null) scored.push({ e, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] || b.e.population - a.e.population || fmt.compare(a.e.name, b.e.name));
  return scored.slice(0, limit).map((s) => s.e);
}

export const isLevelKind = (kind: RegionKind): kind is Level => kind === 'gemeente' || kind === 'wijk' || kind === 'buurt';
