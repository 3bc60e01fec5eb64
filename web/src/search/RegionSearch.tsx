/**
 * The header search: every gemeente, wijk, buurt and aggregate region from the published search index,
 * which is fetched when the box is first used, so the first map never waits for it.
 */
import { memo } from 'react';
import type { Manifest } from '@atlas/contract';
import { Search } from './Search.tsx';
import type { SearchEntry } from './search-index.ts';
import { useSearchIndex } from './use-search-index.ts';

interface Props {
  manifest: Manifest;
  onChoose(entry: SearchEntry): void;
}

// memo: the map page re-renders on every switch of theme, indicator or year; the search depends on none of them.
export const RegionSearch = memo(function RegionSearch({ manifest, onChoose }: Props) {
  const index = useSearchIndex(manifest);
  return <Search entries={index.entries} complete={index.ready} error={index.error} onFirstUse={index.load} onChoose={onChoose} />;
});
