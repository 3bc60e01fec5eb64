import { describe, expect, it } from 'vitest';
import { withCarriedParams } from './carried-params.ts';

describe('withCarriedParams', () => {
  const weighted = '?thema=vakantieparken&weging=vakantieparken.landelijkheid:5,vakantieparken.water_aandeel:0';

  it('adds the custom weights to a link of this site, before its hash', () => {
    expect(withCarriedParams('/gemeente/GM0855', weighted)).toBe('/gemeente/GM0855?weging=vakantieparken.landelijkheid:5,vakantieparken.water_aandeel:0');
    expect(withCarriedParams('/vergelijk?niveau=gemeente&gebieden=GM0855#x', '?weging=a.b:2')).toBe(
      '/vergelijk?niveau=gemeente&gebieden=GM0855&weging=a.b:2#x',
    );
  });

  it('leaves a link alone without weights, one that sets its own, and one to another site', () => {
    expect(withCarriedParams('/gemeente/GM0855', '?thema=vakantieparken')).toBe('/gemeente/GM0855');
    expect(withCarriedParams('/?weging=a.b:1', '?weging=a.b:2')).toBe('/?weging=a.b:1');
    expect(withCarriedParams('https://opendata.cbs.nl/', weighted)).toBe('https://opendata.cbs.nl/');
    expect(withCarriedParams('//opendata.cbs.nl/', weighted)).toBe('//opendata.cbs.nl/');
  });
});
