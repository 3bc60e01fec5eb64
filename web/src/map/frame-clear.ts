/**
 * Framing a set of shapes (the country's gemeenten, a selected region) as large as the map allows while no shape
 * lies under what is drawn over the map: the legend, the overlay switches, the zoom buttons, the source line.
 *
 * A padding per side cannot do that: it clears a box's whole row or column, and the corner cards sit in a corner
 * the country only partly reaches (the North Sea beside Noord-Holland), so clearing them by padding cost a
 * quarter of the map's size. Here each shape's box is tested against each card, so the country moves beside a
 * card where it has room and shrinks only as far as it must.
 */

/** Shapes in Web Mercator units (0–1 across the world, y down); cards in pixels from the map's top-left corner. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the shapes go: a point at Mercator (x, y) is drawn at pixel (x · scale + tx, y · scale + ty). */
export interface Framing {
  scale: number;
  tx: number;
  ty: number;
}

/** A framing, and whether it keeps the shapes clear of the cards (false: the plain centred fit, cards or not). */
export type ClearFraming = Framing & { clear: boolean };

export interface FramingOptions {
  /** Pixels kept free along the map's edges. */
  margin: number;
  /** Pixels kept between a shape and a card. */
  gap: number;
  /** Largest scale (how far in a small shape may be shown). */
  maxScale: number;
  /** The area the map's view must stay inside (the map's max bounds, Mercator): the map would move a camera that leaves it. */
  within?: Rect;
}

/** How finely the room beside the cards is searched, per direction. */
const STEPS = 24;
/**
 * Scales tried, as shares of the plain fit: down in steps of 2 %, then narrowed between the first that clears and the
 * one before it. Stepping, not halving from both ends: a small scale can fail too (its view no longer fits `within`).
 * Below the smallest share the cards are left to cover the map (a map smaller than its cards).
 */
const SHARE_STEP = 0.02;
const SMALLEST_SHARE = 0.5;
const NARROWINGS = 5;

export function unionRect(rects: readonly Rect[]): Rect | null {
  if (!rects.length) return null;
  let { left, top, right, bottom } = rects[0]!;
  for (const r of rects) {
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return { left, top, right, bottom };
}

/**
 * The largest framing of `shapes` in `view` that keeps every shape's box `gap` pixels clear of every card, placed
 * as near the middle as the cards allow; the plain centred fit when the cards leave no room at half its size; null
 * when the view has no room inside its margins (a map not laid out).
 */
export function frameClear(
  shapes: readonly Rect[],
  view: { width: number; height: number },
  cards: readonly Rect[],
  opts: FramingOptions,
): ClearFraming | null {
  const all = unionRect(shapes);
  if (!all) throw new Error('frameClear: no shapes to frame');
  const width = Math.max(all.right - all.left, 1e-12);
  const height = Math.max(all.bottom - all.top, 1e-12);
  const fit = Math.min((view.width - 2 * opts.margin) / width, (view.height - 2 * opts.margin) / height, opts.maxScale);
  const centred = (scale: number, clear: boolean): ClearFraming => ({
    clear,
    scale,
    tx: view.width / 2 - ((all.left + all.right) / 2) * scale,
    ty: view.height / 2 - ((all.top + all.bottom) / 2) * scale,
  });
  const shown = cards.filter((c) => c.right > c.left && c.bottom > c.top);
  if (!(fit > 0)) return null;
  if (!shown.length) return centred(fit, true);
  const placed = (scale: number): Framing | null => placeClear(shapes, all, view, shown, opts, scale, centred(scale, true));
  let hi = fit;
  for (let share = 1; share >= SMALLEST_SHARE - 1e-9; share -= SHARE_STEP) {
    let lo = fit * share;
    let best = placed(lo);
    if (!best) {
      hi = lo;
      continue;
    }
    for (let i = 0; i < NARROWINGS && share < 1; i++) {
      const mid = (lo + hi) / 2;
      const found = placed(mid);
      if (found) [lo, best] = [mid, found];
      else hi = mid;
    }
    return { ...best, clear: true };
  }
  return centred(fit, false);
}

/**
 * At one scale: the translation nearest the centred one that keeps the shapes inside the margins and clear of the
 * cards, searched on a grid over the room the margins leave; null when none is found.
 */
function placeClear(
  shapes: readonly Rect[],
  all: Rect,
  view: { width: number; height: number },
  cards: readonly Rect[],
  opts: FramingOptions,
  scale: number,
  centre: Framing,
): Framing | null {
  // Translations that keep all shapes inside the margins, and the view inside `within`.
  const w = opts.within;
  const txMin = Math.max(opts.margin - all.left * scale, w ? view.width - w.right * scale : -Infinity);
  const txMax = Math.min(view.width - opts.margin - all.right * scale, w ? -w.left * scale : Infinity);
  const tyMin = Math.max(opts.margin - all.top * scale, w ? view.height - w.bottom * scale : -Infinity);
  const tyMax = Math.min(view.height - opts.margin - all.bottom * scale, w ? -w.top * scale : Infinity);
  if (txMin > txMax + 1e-6 || tyMin > tyMax + 1e-6) return null;
  // Per shape and card, the translations that would put the shape under the card (open boxes), kept when they
  // reach into the room at all.
  const blocked: Rect[] = [];
  for (const s of shapes) {
    for (const c of cards) {
      const b = {
        left: c.left - opts.gap - s.right * scale,
        right: c.right + opts.gap - s.left * scale,
        top: c.top - opts.gap - s.bottom * scale,
        bottom: c.bottom + opts.gap - s.top * scale,
      };
      if (b.right > txMin && b.left < txMax && b.bottom > tyMin && b.top < tyMax) blocked.push(b);
    }
  }
  const free = (tx: number, ty: number): boolean => blocked.every((b) => tx <= b.left || tx >= b.right || ty <= b.top || ty >= b.bottom);
  const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), Math.max(lo, hi));
  const cx = clamp(centre.tx, txMin, txMax);
  const cy = clamp(centre.ty, tyMin, tyMax);
  if (free(cx, cy)) return { scale, tx: cx, ty: cy };
  let best: Framing | null = null;
  let bestDistance = Infinity;
  for (let i = 0; i <= STEPS; i++) {
    const tx = txMin + ((txMax - txMin) * i) / STEPS;
    for (let j = 0; j <= STEPS; j++) {
      const ty = tyMin + ((tyMax - tyMin) * j) / STEPS;
      const distance = (tx - cx) ** 2 + (ty - cy) ** 2;
      if (distance < bestDistance && free(tx, ty)) [best, bestDistance] = [{ scale, tx, ty }, distance];
    }
  }
  return best;
}
