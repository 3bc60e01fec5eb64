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
