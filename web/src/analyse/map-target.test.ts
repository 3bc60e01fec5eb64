import { describe, expect, it } from 'vitest';
import { mapHref, mapTarget } from './map-target.ts';

describe('which results "Toon op kaart" can draw', () => {
  it('takes a code column of one level and the first numeric column beside it', () => {
    const rows = [
      { naam: 'A', gemeente_code: 'GM0363', n: 3, score: 1.5 },
      { naam: 'B', gemeente_code: 'GM0599', n: null, score: 2 },
    ];
    expect(mapTarget(['naam', 'gemeente_code', 'n', 'score'], rows)).toEqual({ level: 'gemeente', codeColumn: 'gemeente_code', valueColumn: 'n' });
  });

  it('refuses codes of mixed levels, no numbers, or no rows', () => {
    expect(
      mapTarget(
        ['code', 'v'],
        [
          { code: 'GM0363', v: 1 },
          { code: 'WK036300', v: 2 },
        ],
      ),
    ).toBeNull();
    expect(mapTarget(['code', 'naam'], [{ code: 'BU03630000', naam: 'x' }])).toBeNull();
    expect(mapTarget(['code', 'v'], [])).toBeNull();
  });

  it('puts the level and the query itself in the map address', () => {
    const href = mapHref('/', "SELECT code, 1 AS v FROM wijk WHERE name = 'a&b'", 'wijk');
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('niveau')).toBe('wijk');
    expect(url.searchParams.get('sql')).toBe("SELECT code, 1 AS v FROM wijk WHERE name = 'a&b'");
  });
});
