/**
 * The sources line of the gemeente summary: every source the published data was built from (those with files
 * in the manifest), as "publisher, title (table), year", in the manifest's order.
 */
import type { Manifest, SourceManifest } from '@atlas/contract';

export function sourceText(s: Pick<SourceManifest, 'publisher' | 'title' | 'tableId' | 'referenceYear'>): string {
  const year = s.referenceYear && !s.title.includes(s.referenceYear) ? `, ${s.referenceYear}` : '';
  return `${s.publisher}, ${s.title}${s.tableId ? ` (${s.tableId})` : ''}${year}`;
}

export function summarySources(manifest: Pick<Manifest, 'sources'>): string[] {
  return manifest.sources.filter((s) => s.files.length > 0).map(sourceText);
}

/** The one-pager's short sources line: publishers once each, and the span of reference years. */
export function shortSources(manifest: Pick<Manifest, 'sources'>): { publishers: string; years: string } {
  const used = manifest.sources.filter((s) => s.files.length > 0);
  // "Politie via CBS; categorie-indeling door derden (…)" → "Politie": who published it, without how.
  const names = (publisher: string): string[] =>
    (publisher.split(/[(;]/)[0] ?? '')
      .split(/\s*(?:,|\/|\sen\s)\s*/)
      .map((p) => p.replace(/\svia\s.*$/, '').trim())
      .filter(Boolean);
  const publishers = [...new Set(used.flatMap((s) => names(s.publisher)))];
  const years = used.flatMap((s) => (s.referenceYear.match(/\d{4}/g) ?? []).map(Number)).sort((a, b) => a - b);
  const span = years.length ? (years[0] === years[years.length - 1] ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`) : '';
  return { publishers: publishers.join(', '), years: span };
}
