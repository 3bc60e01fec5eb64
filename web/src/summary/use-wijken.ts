/**
 * A gemeente's wijken for its summary: their rows in the wijk table's theme slice (AtlasData.sliceOrTable: the summary
 * reads only the wijken's theme scores and intervals, about 8 % of the full table's bytes with brotli) and, when wijk
 * boundaries exist, their outlines and the box around them. The table and the geometry load apart, so a failed
 * geometry still leaves the top-5 lists (and says why the maps are missing).
 */
import { useCallback, useMemo } from 'react';
import type { AtlasData } from '../data/atlas-data.ts';
import { dataErrorMessage } from '../data/errors.ts';
import { unionBBox, type BBox, type RegionFeature, type RegionGeometry } from '../data/geometry.ts';
import type { RegionTable } from '../data/region-table.ts';
import { useAsync } from '../ui/use-async.ts';

export interface Wijken {
  table: RegionTable;
  /** Rows of the gemeente's wijken in `table`. */
  rows: number[];
  features: RegionFeature[];
  /** The box around `features`; null without wijk boundaries. */
  bbox: BBox | null;
}

export function useWijken(data: AtlasData, gemeenteCode: string): { wijken: Wijken | null; done: boolean; errors: string[] } {
  const wijk = useAsync(useCallback(() => data.sliceOrTable('wijk', 'themes'), [data]));
  const hasMap = data.catalogue.hasGeometry('wijk');
  const geometry = useAsync(useCallback((): Promise<RegionGeometry | null> => (hasMap ? data.geometry('wijk') : Promise.resolve(null)), [data, hasMap]));

  const wijken = useMemo((): Wijken | null => {
    const tbl = wijk.data?.table;
    if (!tbl) return null;
    const rows = tbl.rowsWhere('gemeente_code', gemeenteCode);
    const codes = new Set(rows.map((r) => tbl.codes[r]));
    const geo = geometry.data;
    const features = geo ? geo.collection.features.filter((f) => codes.has(f.properties.code)) : [];
    const boxes = geo ? features.map((f) => geo.bboxes.get(f.properties.code)).filter((b): b is BBox => b !== undefined) : [];
    return { table: tbl, rows, features, bbox: geo ? unionBBox(boxes) : null };
  }, [wijk.data, geometry.data, gemeenteCode]);

  const settled = (s: string): boolean => s === 'ready' || s === 'error';
  return {
    wijken,
    done: settled(wijk.status) && settled(geometry.status),
    errors: [wijk.data?.unread ? dataErrorMessage(wijk.data.unread) : null, wijk.error, geometry.error].filter((e): e is string => e !== null),
  };
}
