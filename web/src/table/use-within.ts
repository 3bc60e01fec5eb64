/**
 * The table's "only in this gemeente / wijk" limit. Selecting a gemeente (or a wijk, for the buurt table)
 * sets it, so following "toon in de tabel" from a profile lists that region's wijken in one click; choosing a
 * row inside it keeps the limit, and "Toon alle" lifts it.
 */
import { useEffect, useRef, useState } from 'react';
import type { Level } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import { levelOfCode } from '../data/regions.ts';
import { withinFor, type Within } from './within.ts';

export function useWithin(data: AtlasData, selection: string | null, level: Level) {
  const [within, setWithin] = useState<Within | null>(null);
  const [offer, setOffer] = useState<Within | null>(null);
  // Only the region's name is read from the data, and it is the same in every view of it: a new view (another year,
  // the correction, other weights) must not set the limit again after the user lifted it.
  const latest = useRef(data);
  useEffect(() => {
    latest.current = data;
  }, [data]);

  useEffect(() => {
    const of = selection ? levelOfCode(selection) : null;
    if (!selection || !of || !withinFor(selection, null, level)) {
      setOffer(null);
      // A limit from a coarser level than the table no longer makes sense.
      setWithin((w) => (w && withinFor(w.code, w.name, level) ? w : null));
      return;
    }
    let live = true;
    void latest.current
      .table(of)
      .then((table) => {
        const row = table.row(selection);
        const next = withinFor(selection, row === undefined ? null : (table.names[row] ?? null), level);
        if (!live) return;
        setOffer(next);
        setWithin(next);
      })
      .catch(() => {
        if (live) setOffer(withinFor(selection, null, level));
      });
    return () => {
      live = false;
    };
  }, [selection, level]);

  return { within, offer, setWithin };
}
