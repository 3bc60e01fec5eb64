import { describe, expect, it } from 'vitest';
import { addRegion, encodeCompare, kindOfCode, MAX_REGIONS, parseCompare, parseSimilar, removeRegion, withSimilar } from './selection.ts';

describe('compare selection in the URL', () => {
  it('round-trips the example link', () => {
    const s = parseCompare('?niveau=gemeente&gebieden=GM0363,GM0599,GM0855');
    expect(s).toEqual({ kind: 'gemeente', codes: ['GM0363', 'GM0599', 'GM0855'] });
    expect(encodeCompare(s)).toBe('niveau=gemeente&gebieden=GM0363,GM0599,GM0855');
    expect(parseCompare(encodeCompare(s))).toEqual(s);
  });

  it('reads every comparable kind, the aggregates by their CBS codes', () => {
    expect(parseCompare('niveau=wijk&gebieden=WK0363AA,WK085501')).toEqual({ kind: 'wijk', codes: ['WK0363AA', 'WK085501'] });
    expect(parseCompare('niveau=politie_eenheid&gebieden=RE01,RE05')).toEqual({ kind: 'politie_eenheid', codes: ['RE01', 'RE05'] });
    expect(parseCompare('niveau=veiligheidsregio&gebieden=VR03').codes).toEqual(['VR03']);
    expect(parseCompare('niveau=provincie&gebieden=PV22,PV30').codes).toEqual(['PV22', 'PV30']);
  });

  it('drops codes of another kind, malformed codes and duplicates, and keeps at most six', () => {
    expect(parseCompare('niveau=gemeente&gebieden=GM0363,WK036300,RE01,GM0363,<script>,GM12').codes).toEqual(['GM0363']);
    const many = Array.from({ length: 9 }, (_, i) => `GM000${i + 1}`).join(',');
    expect(parseCompare(`niveau=gemeente&gebieden=${many}`).codes).toHaveLength(MAX_REGIONS);
    expect(parseCompare('niveau=gemeente&gebieden=gm0363, GM0599').codes).toEqual(['GM0363', 'GM0599']);
  });

  it('infers the kind from the codes when niveau is missing or unknown, and defaults to gemeente', () => {
    expect(parseCompare('gebieden=RE02,RE03')).toEqual({ kind: 'politie_eenheid', codes: ['RE02', 'RE03'] });
    expect(parseCompare('niveau=buurt&gebieden=VR01')).toEqual({ kind: 'veiligheidsregio', codes: ['VR01'] });
    expect(parseCompare('')).toEqual({ kind: 'gemeente', codes: [] });
    expect(encodeCompare(parseCompare(''))).toBe('niveau=gemeente');
    // The canonical form keeps custom weights (and nothing else of the address it came from).
    expect(encodeCompare(parseCompare('niveau=gemeente&gebieden=GM0855'), '?gebieden=GM0363&weging=jonge_aanwas.vernielingen:3&x=1')).toBe(
      'niveau=gemeente&gebieden=GM0855&weging=jonge_aanwas.vernielingen:3',
    );
    expect(kindOfCode('BU03630000')).toBeNull();
  });

  it('adds and removes regions without exceeding the maximum or mixing kinds', () => {
    let s = parseCompare('niveau=gemeente&gebieden=GM0855');
    s = addRegion(s, 'GM0758');
    s = addRegion(s, 'GM0758');
    s = addRegion(s, 'RE01');
    expect(s.codes).toEqual(['GM0855', 'GM0758']);
    expect(removeRegion(s, 'GM0855').codes).toEqual(['GM0758']);
    const full = parseCompare('niveau=gemeente&gebieden=GM0001,GM0002,GM0003,GM0004,GM0005,GM0006');
    expect(addRegion(full, 'GM0007')).toBe(full);
  });

  it('fills a comparison with a gemeente and its published similar gemeenten', () => {
    expect(parseSimilar('GM1681,GM1690, GM1731,,bad')).toEqual(['GM1681', 'GM1690', 'GM1731']);
    expect(parseSimilar(null)).toEqual([]);
    expect(withSimilar('GM0855', 'GM0202,GM0772,GM0758,GM0153,GM0796')).toEqual({
      kind: 'gemeente',
      codes: ['GM0855', 'GM0202', 'GM0772', 'GM0758', 'GM0153', 'GM0796'],
    });
    expect(withSimilar('GM0855', 'GM0855,GM0772').codes).toEqual(['GM0855', 'GM0772']);
  });
});
