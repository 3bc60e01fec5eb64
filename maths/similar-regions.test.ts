import { describe, expect, it } from 'vitest';
import { similarRegions, type FeatureRow } from './similar-regions.ts';

const features = [
  { id: 'a', weight: 1 },
  { id: 'b', weight: 1 },
];

describe('similarRegions', () => {
  it('finds nearest neighbours in standardised space (hand-computed)', () => {
    // a: 0, 1, 2, 10 (mean 3.25) — b constant → ignored (sd 0). Nearest to X (0) is Y (1), then Z (2).
    const rows: FeatureRow[] = [
      { code: 'X', features: { a: 0, b: 5 } },
      { code: 'Y', features: { a: 1, b: 5 } },
      { code: 'Z', features: { a: 2, b: 5 } },
      { code: 'W', features: { a: 10, b: 5 } },
    ];
    const result = similarRegions(rows, features, 2);
    expect(result.get('X')!.map((n) => n.code)).toEqual(['Y', 'Z']);
    expect(result.get('W')!.map((n) => n.code)).toEqual(['Z', 'Y']);
    // sd of a = sqrt(((3.25)² + (2.25)² + (1.25)² + (6.75)²) / 4) = sqrt(15.6875)
    const sd = Math.sqrt(15.6875);
    // b has no spread, so only a counts: distance = |Δz| = 1 / sd
    expect(result.get('X')![0]!.distance).toBeCloseTo(1 / sd, 10);
  });

  it('lets the weights decide, not the units', () => {
    const rows: FeatureRow[] = [
      { code: 'P', features: { size: 1000, share: 10 } },
      { code: 'Q', features: { size: 1000, share: 40 } },
      { code: 'R', features: { size: 100000, share: 11 } },
    ];
    const bySize = similarRegions(
      rows,
      [
        { id: 'size', weight: 10 },
        { id: 'share', weight: 1 },
      ],
      1,
    );
    const byShare = similarRegions(
      rows,
      [
        { id: 'size', weight: 1 },
        { id: 'share', weight: 10 },
      ],
      1,
    );
    expect(bySize.get('P')![0]!.code).toBe('Q');
    expect(byShare.get('P')![0]!.code).toBe('R');
  });

  it('does not treat a missing feature as 0, and is independent of row order', () => {
    const rows: FeatureRow[] = [
      { code: 'A', features: { a: 5, b: 1 } },
      { code: 'B', features: { a: null, b: 1.1 } },
      { code: 'C', features: { a: 0, b: 3 } },
      { code: 'D', features: { a: 5.2, b: 1.05 } },
    ];
    const forward = similarRegions(rows, features, 3);
    const backward = similarRegions([...rows].reverse(), features, 3);
    for (const [code, neighbours] of forward) {
      expect(backward.get(code)!.map((n) => n.code)).toEqual(neighbours.map((n) => n.code));
      backward.get(code)!.forEach((n, i) => expect(n.distance).toBeCloseTo(neighbours[i]!.distance, 12));
    }
    // If B's a were 0 it would sit beside C; with a missing it is compared on b only and sits beside A and D.
    expect(
      forward
        .get('B')!
        .map((n) => n.code)
        .slice(0, 2)
        .sort(),
    ).toEqual(['A', 'D']);
  });

  it('never proposes the region itself and returns at most k', () => {
    const rows: FeatureRow[] = Array.from({ length: 10 }, (_, i) => ({ code: `G${i}`, features: { a: i, b: i % 3 } }));
    for (const [code, neighbours] of similarRegions(rows, features, 5)) {
      expect(neighbours).toHaveLength(5);
      expect(neighbours.map((n) => n.code)).not.toContain(code);
    }
  });
});
