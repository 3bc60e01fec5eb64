import { describe, expect, it } from 'vitest';
import { Catalogue } from '../data/manifest.ts';
import { resolveDisplay } from '../map/display.ts';
import { exportFileName } from './download.ts';
import { wrapText } from './map-image.ts';
import { mapAttributions } from './map-page-export.ts';
import { catalogue, manifest, theme } from '../../../tests/support/export-fixture.ts';

describe('map image text', () => {
  const measure = (s: string): number => s.length * 10;

  it('wraps on spaces within the width; an over-long word stands alone', () => {
    expect(wrapText('een twee drie vier', 90, measure)).toEqual(['een twee', 'drie vier']);
    expect(wrapText('a heelveellangerwoord b', 50, measure)).toEqual(['a', 'heelveellangerwoord', 'b']);
    expect(wrapText('  ', 50, measure)).toEqual([]);
  });

  it('names the shown indicator’s sources on the drawn level, plus the boundaries no indicator uses', () => {
    // a source behind a time series only is no boundary: it is not named under every map
    const withBoundaries = new Catalogue({
      ...manifest,
      sources: [
        ...manifest.sources,
        { ...manifest.sources[0]!, id: 'wbk2024_grenzen', attribution: 'Grenzen: CBS, Kadaster (via PDOK)' },
        { ...manifest.sources[0]!, id: 'rivm_gezondheid_50150', attribution: 'Bron: RIVM/GGD/CBS Gezondheidsmonitor (50150NED)' },
      ],
      trends: [
        { id: 'goed_ervaren_gezondheid', label: 'Goed ervaren gezondheid', unit: '%', sourceId: 'rivm_gezondheid_50150', years: [2020, 2024], note: '' },
      ],
    });
    const score = resolveDisplay(theme, undefined, 'pct');
    expect(mapAttributions(withBoundaries, { theme, display: score, level: 'gemeente' })).toEqual([
      'Bron: CBS, Kerncijfers wijken en buurten 2024',
      'Grenzen: CBS, Kadaster (via PDOK)',
    ]);
    const b = resolveDisplay(theme, manifest.indicators[1], 'value');
    expect(mapAttributions(catalogue, { theme, display: b, level: 'wijk' })).toEqual(['Bron: SCP, Jeugdhulp in de wijk (2020)']);
  });

  it('makes safe file names', () => {
    expect(exportFileName(['jonge_aanwas', 'gemeente'])).toBe('ondermijningsatlas_jonge_aanwas_gemeente');
    expect(exportFileName(['Fryslân & Zeeland', '', 'wijk'])).toBe('ondermijningsatlas_fryslan-zeeland_wijk');
  });
});
