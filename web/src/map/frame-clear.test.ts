import { describe, expect, it } from 'vitest';
import { frameClear, unionRect, type ClearFraming, type Framing, type Rect } from './frame-clear.ts';

const OPTS = { margin: 10, gap: 8, maxScale: 1e9 };

/** A framing of a laid-out view (never null there). */
function frame(...args: Parameters<typeof frameClear>): ClearFraming {
  const f = frameClear(...args);
  if (!f) throw new Error('no framing for a laid-out view');
  return f;
}
const VIEW = { width: 800, height: 600 };

/** A shape's box in pixels under a framing. */
const drawn = (f: Framing, s: Rect): Rect => ({
  left: s.left * f.scale + f.tx,
  right: s.right * f.scale + f.tx,
  top: s.top * f.scale + f.ty,
  bottom: s.bottom * f.scale + f.ty,
});
const overlaps = (a: Rect, b: Rect, gap = 0): boolean => a.left < b.right + gap && a.right > b.left - gap && a.top < b.bottom + gap && a.bottom > b.top - gap;
const inside = (r: Rect, view: { width: number; height: number }, margin: number): boolean =>
  r.left >= margin - 1e-6 && r.top >= margin - 1e-6 && r.right <= view.width - margin + 1e-6 && r.bottom <= view.height - margin + 1e-6;

/** An L of three unit squares: the top-right one is missing, like the sea beside a coast. */
const L_SHAPE: Rect[] = [
  { left: 0, top: 0, right: 1, bottom: 1 },
  { left: 0, top: 1, right: 1, bottom: 2 },
  { left: 1, top: 1, right: 2, bottom: 2 },
];

function expectClear(f: Framing, shapes: readonly Rect[], cards: readonly Rect[], view = VIEW): void {
  for (const s of shapes) {
    const r = drawn(f, s);
    expect(inside(r, view, OPTS.margin), JSON.stringify(r)).toBe(true);
    for (const c of cards) expect(overlaps(r, c, OPTS.gap - 1e-6), `${JSON.stringify(r)} under ${JSON.stringify(c)}`).toBe(false);
  }
}

describe('framing shapes clear of the cards over the map', () => {
  it('without cards: the largest centred fit inside the margins', () => {
    const f = frame(L_SHAPE, VIEW, [], OPTS);
    expect(f.scale).toBeCloseTo((600 - 20) / 2);
    const all = drawn(f, unionRect(L_SHAPE)!);
    expect((all.left + all.right) / 2).toBeCloseTo(400);
    expect((all.top + all.bottom) / 2).toBeCloseTo(300);
  });

  it('lets a card cover the corner the shapes do not reach, at full size', () => {
    const plain = frame(L_SHAPE, VIEW, [], OPTS);
    // the missing top-right square, drawn at the plain fit, holds the card
    const gapSquare = drawn(plain, { left: 1, top: 0, right: 2, bottom: 1 });
    const card = { left: gapSquare.left + 20, top: gapSquare.top + 20, right: gapSquare.right - 20, bottom: gapSquare.bottom - 20 };
    const f = frame(L_SHAPE, VIEW, [card], OPTS);
    expect(f.scale).toBeCloseTo(plain.scale);
    expectClear(f, L_SHAPE, [card]);
  });

  it('moves the shapes beside a card where the map has room, before shrinking them', () => {
    // 800 wide, the fit is 580 px wide by height: 200 px to spare beside a 150 px card at the left
    const square: Rect[] = [{ left: 0, top: 0, right: 1, bottom: 1 }];
    const card = { left: 10, top: 200, right: 160, bottom: 400 };
    const f = frame(square, VIEW, [card], OPTS);
    expect(f.scale).toBeCloseTo(580);
    expectClear(f, square, [card]);
  });

  it('shrinks the shapes only as far as the card requires', () => {
    const square: Rect[] = [{ left: 0, top: 0, right: 1, bottom: 1 }];
    // a 300 px card at the left: 800 − 10 − (300 + 8) = 482 px is left beside it
    const card = { left: 0, top: 0, right: 300, bottom: 600 };
    const f = frame(square, VIEW, [card], OPTS);
    expectClear(f, square, [card]);
    expect(f.scale).toBeGreaterThan(482 * 0.99);
    expect(f.scale).toBeLessThanOrEqual(482 + 1e-6);
  });

  it('clears every card at once', () => {
    const cards = [
      { left: 0, top: 0, right: 250, bottom: 300 },
      { left: 0, top: 570, right: 800, bottom: 600 },
      { left: 760, top: 0, right: 800, bottom: 70 },
    ];
    const f = frame(L_SHAPE, VIEW, cards, OPTS);
    expectClear(f, L_SHAPE, cards);
    expect(f.scale).toBeGreaterThan(0.5 * ((600 - 20) / 2));
  });

  it('keeps the plain fit when the cards leave no room even at half its size', () => {
    const card = { left: 0, top: 0, right: 790, bottom: 600 };
    const f = frame(L_SHAPE, VIEW, [card], OPTS);
    expect(f).toEqual({ ...frame(L_SHAPE, VIEW, [], OPTS), clear: false });
  });

  it('frames nothing in a map without room inside its margins (not laid out)', () => {
    expect(frameClear(L_SHAPE, { width: 0, height: 0 }, [], OPTS)).toBeNull();
    expect(frameClear(L_SHAPE, { width: 15, height: 600 }, [{ left: 0, top: 0, right: 10, bottom: 10 }], OPTS)).toBeNull();
  });

  it('never shows a small shape beyond the largest scale', () => {
    const tiny: Rect[] = [{ left: 0.5, top: 0.5, right: 0.5 + 1e-6, bottom: 0.5 + 1e-6 }];
    expect(frame(tiny, VIEW, [], { ...OPTS, maxScale: 1000 }).scale).toBe(1000);
  });

  it('keeps random shapes inside the margins and clear of random cards whenever it says so', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    let cleared = 0;
    for (let trial = 0; trial < 200; trial++) {
      const shapes = Array.from({ length: 1 + Math.floor(random() * 12) }, () => {
        const [x, y] = [random() * 3, random() * 3];
        return { left: x, top: y, right: x + 0.05 + random(), bottom: y + 0.05 + random() };
      });
      const cards = Array.from({ length: Math.floor(random() * 3) }, () => {
        const [x, y] = [random() * 700, random() * 500];
        return { left: x, top: y, right: x + 20 + random() * 200, bottom: y + 20 + random() * 200 };
      });
      const f = frame(shapes, VIEW, cards, OPTS);
      if (!f.clear) continue;
      expectClear(f, shapes, cards);
      cleared += 1;
    }
    expect(cleared).toBeGreaterThan(150);
  });
});

describe('framing inside the bounds the map keeps its view in', () => {
  // a card over the top 300 px of a tall map; the square fits 380 px wide below it, its top at y ≥ 308
  const square: Rect[] = [{ left: 0, top: 0, right: 1, bottom: 1 }];
  const tall = { width: 400, height: 1000 };
  const card = { left: 0, top: 0, right: 400, bottom: 300 };
  const viewTop = (f: Framing): number => -f.ty / f.scale;

  it('moves the view only as far as the bounds let it', () => {
    const within = { left: -1, top: -0.9, right: 2, bottom: 2 };
    const f = frame(square, tall, [card], { ...OPTS, within });
    expect(f.clear).toBe(true);
    expect(f.scale).toBeCloseTo(380);
    expectClear(f, square, [card], tall);
    expect(viewTop(f)).toBeGreaterThanOrEqual(-0.9 - 1e-9);
  });

  it('keeps the plain fit, and says so, when only a view past the bounds would clear the card', () => {
    // the view may not reach above y = −0.1: the square's top can then be at most 0.1 · scale below the map's top
    const within = { left: -1, top: -0.1, right: 2, bottom: 2 };
    const f = frame(square, tall, [card], { ...OPTS, within });
    expect(f.clear).toBe(false);
    expect(f.scale).toBeCloseTo(380);
  });
});
