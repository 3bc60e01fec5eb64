/**
 * The wijken of a gemeente (or buurten of a wijk) in risk order for what the map shows: most risk first,
 * regions without a value last, ties by name. Pure, so the order is testable apart from the profile.
 */
export interface RankedChild {
  row: number;
  value: number | null;
}

export function rankChildren(rows: readonly number[], values: ArrayLike<number>, names: readonly string[], reverse: boolean): RankedChild[] {
  const out = rows.map((row) => {
    const v = values[row];
    return { row, value: v === undefined || Number.isNaN(v) ? null : v };
  });
  return out.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? byName(a, b) : 1) : -1;
    const d = reverse ? a.value - b.value : b.value - a.value;
    return d || byName(a, b);
  });

  function byName(a: RankedChild, b: RankedChild): number {
    return (names[a.row] ?? '').localeCompare(names[b.row] ?? '', 'nl');
  }
}

/** The map address with the table open on the child level, limited to this region (keeps theme and indicator). */
export function tableHref(search: string, code: string, childLevel: string): string {
  const p = new URLSearchParams(search);
  p.set('weergave', 'tabel');
  p.set('niveau', childLevel);
  p.set('gebied', code);
  return `?${p.toString()}`;
}
