import { describe, expect, it } from 'vitest';
import { attributionSummary } from './attribution.ts';

describe('attributionSummary', () => {
  it('groups sources by publisher and merges labels that name the same holder', () => {
    expect(
      attributionSummary([
        'Bron: CBS, Kerncijfers wijken en buurten 2024',
        'Bron: Politie / CBS open data',
        'Bron: CBS, Wijk- en Buurtkaart 2023',
        'Bron: Kiesraad',
        'Grenzen: CBS, Kadaster (via PDOK)',
        'Gebiedsindelingen: CBS, Kadaster (via PDOK)',
      ]),
    ).toBe(
      'Bronnen: CBS (Kerncijfers wijken en buurten 2024; Wijk- en Buurtkaart 2023), Politie / CBS open data, Kiesraad · Grenzen en gebiedsindelingen: CBS, Kadaster (via PDOK)',
    );
  });

  it('keeps a single source and drops empty and repeated texts', () => {
    expect(attributionSummary(['Bron: SCP, Jeugdhulp in de wijk (2020)', ' ', 'Bron: SCP, Jeugdhulp in de wijk (2020)'])).toBe(
      'Bron: SCP (Jeugdhulp in de wijk (2020))',
    );
  });
});
