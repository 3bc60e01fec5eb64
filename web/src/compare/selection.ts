/**
 * What /vergelijk compares, as it lives in the URL: one kind of region and 1–6 codes of that kind,
 * e.g. /vergelijk?niveau=gemeente&gebieden=GM0363,GM0599,GM0855. Parsing is lenient (bad codes, codes of
 * another kind and duplicates are dropped, extra codes cut off at six), so a hand-edited link still opens
 * and `encodeCompare(parseCompare(x))` is the canonical form of x.
 */
import { AGGREGATES, type Aggregate } from '@atlas/contract';
import type { RegionKind } from '../data/regions.ts';
import { WEIGHTS_PARAM } from '../routing/carried-params.ts';
import { readableQuery } from '../routing/search-param.ts';

/** The kinds that can be compared: buurten are left out (too many, too small for most indicators). */
export const COMPARE_KINDS = ['gemeente', 'wijk', ...AGGREGATES] as const satisfies readonly RegionKind[];
export type CompareKind = (typeof COMPARE_KINDS)[number];

export const MIN_REGIONS = 2;
export const MAX_REGIONS = 6;

/** Code shape per kind: CBS codes for gemeenten and wijken, CBS gebiedsindelingen for the aggregates. */
const CODE: Record<CompareKind, RegExp> = {
  gemeente: /^GM\d{4}$/,
  wijk: /^WK\d{4}[0-9A-Z]{2}$/,
  politie_eenheid: /^RE\d{2}$/,
  veiligheidsregio: /^VR\d{2}$/,
  provincie: /^PV\d{2}$/,
};

export interface CompareSelection {
  kind: CompareKind;
  codes: string[];
}

const KEY = { kind: 'niveau', codes: 'gebieden' } as const;

export const isCompareKind = (value: string): value is CompareKind => (COMPARE_KINDS as readonly string[]).includes(value);
export const isAggregateKind = (kind: CompareKind): kind is Aggregate => (AGGREGATES as readonly string[]).includes(kind);

/** The kind a code belongs to, or null when it fits none. */
export function kindOfCode(code: string): CompareKind | null {
  return COMPARE_KINDS.find((k) => CODE[k].test(code)) ?? null;
}

export function parseCompare(search: string): CompareSelection {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const raw = (p.get(KEY.codes) ?? '')
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const named = p.get(KEY.kind);
  // Without a valid niveau the first recognisable code decides, so a bare ?gebieden=… link still works.
  const kind: CompareKind = named && isCompareKind(named) ? named : (raw.map(kindOfCode).find((k) => k !== null) ?? 'gemeente');
  const codes: string[] = [];
  for (const code of raw) {
    if (codes.length >= MAX_REGIONS) break;
    if (CODE[kind].test(code) && !codes.includes(code)) codes.push(code);
  }
  return { kind, codes };
}

/**
 * The selection as a query string. `carry` (the current query string) passes on the custom weights: the
 * canonical form must not drop them, or the page falls back to the standard weights the moment it opens.
 */
export function encodeCompare(selection: CompareSelection, carry = ''): string {
  const p = new URLSearchParams();
  p.set(KEY.kind, selection.kind);
  if (selection.codes.length) p.set(KEY.codes, selection.codes.join(','));
  const weights = new URLSearchParams(carry).get(WEIGHTS_PARAM);
  if (weights) p.set(WEIGHTS_PARAM, weights);
  // Commas and colons are safe in a query string and keep the link readable (as the weights' own links do).
  return readableQuery(p);
}

/** Add a code at the end (ignored when present, of another kind, or when the selection is full). */
export function addRegion(selection: CompareSelection, code: string): CompareSelection {
  if (selection.codes.includes(code) || selection.codes.length >= MAX_REGIONS || !CODE[selection.kind].test(code)) return selection;
  return { ...selection, codes: [...selection.codes, code] };
}

export function removeRegion(selection: CompareSelection, code: string): CompareSelection {
  return { ...selection, codes: selection.codes.filter((c) => c !== code) };
}

/** A gemeente and its published "vergelijkbare gemeenten" (column similar_gemeenten: comma-separated codes). */
export function withSimilar(code: string, similar: string | null): CompareSelection {
  return parseCompare(`niveau=gemeente&gebieden=${[code, ...parseSimilar(similar)].join(',')}`);
}

export function parseSimilar(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((c) => c.trim())
    .filter((c) => CODE.gemeente.test(c));
}
