import { describe, expect, it } from 'vitest';
import { shortSources } from './sources.ts';

const source = (publisher: string, referenceYear: string, files = ['x.csv']) => ({ publisher, referenceYear, files }) as never;

describe('shortSources', () => {
  it('names each publisher once, without how the data reached us, and spans the years', () => {
    const out = shortSources({
      sources: [
        source('CBS', '2024'),
        source('Politie via CBS; categorie-indeling door derden (geoinzicht-app)', '2021–2025'),
        source('GGD’en, RIVM, Trimbos-instituut en CBS', '2020'),
        source('CBS, Kadaster (via PDOK)', '2024'),
        source('SCP', '2017', []),
      ],
    });
    expect(out).toEqual({ publishers: 'CBS, Politie, GGD’en, RIVM, Trimbos-instituut, Kadaster', years: '2020–2025' });
  });
});
