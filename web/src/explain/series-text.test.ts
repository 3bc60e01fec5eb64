import { describe, expect, it } from 'vitest';
import type { Manifest } from '@atlas/contract';
import { listText, seriesText, yearsText, seriesDetail } from './series-text.ts';

const trends: Manifest['trends'] = [
  {
    id: 'misdrijven_geregistreerd_per_1000',
    label: 'Geregistreerde misdrijven per 1.000 inwoners',
    unit: 'per 1.000 inwoners',
    sourceId: 'politie_misdrijven_47022',
    note: '',
    years: [2025, 2021, 2022, 2023, 2024],
  },
  { id: 'opkomst_tweede_kamer', label: 'Opkomst Tweede Kamerverkiezing', unit: '%', sourceId: 'kiesraad_tk2021', note: '', years: [2021, 2023] },
  { id: 'goed_ervaren_gezondheid', label: 'Goed ervaren gezondheid (18+)', unit: '%', sourceId: 'rivm_gezondheid_50150', note: '', years: [2022] },
];

describe('series line', () => {
  it('writes consecutive years as a range and others as a list', () => {
    expect(yearsText([2025, 2021, 2022, 2023, 2024])).toBe('2021–2025');
    expect(yearsText([2021, 2023])).toBe('2021 en 2023');
    expect(yearsText([2012, 2016, 2020, 2022])).toBe('2012, 2016, 2020 en 2022');
    expect(listText(['gemeente', 'wijk', 'buurt'])).toBe('gemeente, wijk en buurt');
  });

  it('names label, years and levels, and says nothing without a series of two or more years', () => {
    expect(seriesText('misdrijven_geregistreerd_per_1000', trends, ['gemeente', 'wijk', 'buurt'])).toBe(
      'Geregistreerde misdrijven per 1.000 inwoners: 2021–2025 per gemeente, wijk en buurt',
    );
    expect(seriesText('opkomst_tweede_kamer', trends, ['gemeente'])).toBe('Opkomst Tweede Kamerverkiezing: 2021 en 2023 per gemeente');
    expect(seriesText('goed_ervaren_gezondheid', trends, ['gemeente'])).toBeNull();
    expect(seriesText(null, trends, ['gemeente'])).toBeNull();
  });
});

describe('seriesDetail', () => {
  const trend = { label: 'Geregistreerde misdrijven per 1.000 inwoners (2010–2020)', unit: 'per 1.000 inwoners', years: [2020, 2010, 2015] };
  it('adds only what the label does not say', () => {
    expect(seriesDetail(trend, true)).toBe('');
    expect(seriesDetail({ ...trend, label: 'Geregistreerde misdrijven' }, true)).toBe(' (per 1.000 inwoners, 2010–2020)');
    expect(seriesDetail({ ...trend, label: 'Geregistreerde misdrijven' }, false)).toBe(' (2010–2020)');
    expect(seriesDetail({ ...trend, label: 'Opkomst', years: [2023] }, false)).toBe(' (2023)');
  });
});
