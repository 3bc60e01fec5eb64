import { describe, expect, it } from 'vitest';
import type { Manifest } from '@atlas/contract';
import { decodeWeights, encodeWeights, withWeightsParam } from './weights-url.ts';

const manifest = {
  themes: [
    {
      id: 'jonge_aanwas',
      indicators: [
        { id: 'inkomen', weight: 1 },
        { id: 'jeugdhulp', weight: 0.5 },
      ],
    },
    { id: 'maatschappelijke_onrust', indicators: [{ id: 'inkomen', weight: 1 }] },
  ],
} as unknown as Manifest;

describe('weights in the address', () => {
  it('keeps only weights that differ from the catalogue, per theme', () => {
    const w = decodeWeights('jonge_aanwas.inkomen:2,jonge_aanwas.jeugdhulp:0.5,maatschappelijke_onrust.inkomen:0', manifest);
    expect([...w]).toEqual([
      ['jonge_aanwas.inkomen', 2],
      ['maatschappelijke_onrust.inkomen', 0],
    ]);
  });

  it('drops unknown keys, bad numbers and weights out of range', () => {
    const w = decodeWeights('x.inkomen:2,jonge_aanwas.inkomen:-1,jonge_aanwas.inkomen:abc,jonge_aanwas.jeugdhulp:99,jonge_aanwas.jeugdhulp:', manifest);
    expect(w.size).toBe(0);
  });

  it('writes the weights in catalogue order and round-trips', () => {
    const w = new Map([
      ['maatschappelijke_onrust.inkomen', 0],
      ['jonge_aanwas.jeugdhulp', 3],
    ] as const);
    const text = encodeWeights(w, manifest);
    expect(text).toBe('jonge_aanwas.jeugdhulp:3,maatschappelijke_onrust.inkomen:0');
    expect([...decodeWeights(text, manifest)].sort()).toEqual([...w].sort());
  });

  it('sets and removes the parameter without touching the others', () => {
    const set = withWeightsParam('?thema=jonge_aanwas&niveau=wijk', new Map([['jonge_aanwas.inkomen', 2]]), manifest);
    expect(set).toBe('?thema=jonge_aanwas&niveau=wijk&weging=jonge_aanwas.inkomen:2');
    expect(withWeightsParam(set, new Map(), manifest)).toBe('?thema=jonge_aanwas&niveau=wijk');
  });
});
