import { describe, expect, it } from 'vitest';
import { indicatorSentence, standingOf, type SentenceInput } from './indicator-sentence.ts';

const values = (...v: number[]) => Float64Array.from(v);
const sentence = (input: Partial<SentenceInput> & Pick<SentenceInput, 'value' | 'standing'>) =>
  indicatorSentence({ level: 'gemeente', direction: 'higher_is_risk', pct: 50, national: null, nationalText: '–', ...input });

describe('standingOf', () => {
  it('counts the other regions less risky and equal, leaving out missing values and the region itself', () => {
    expect(standingOf(values(1, 2, 2, 3, NaN), 2, 'higher_is_risk')).toEqual({ lessRisky: 1, equal: 1, others: 3 });
    // where a lower value is the risk, the higher values are the less risky ones
    expect(standingOf(values(1, 2, 2, 3, NaN), 2, 'lower_is_risk')).toEqual({ lessRisky: 1, equal: 1, others: 3 });
    expect(standingOf(values(1, 2, 2, 3), 3, 'lower_is_risk')).toEqual({ lessRisky: 0, equal: 0, others: 3 });
  });
});

describe('indicatorSentence', () => {
  it('explains a high percentile beside a value under the national one (Stokhasselt)', () => {
    expect(
      indicatorSentence({
        level: 'wijk',
        direction: 'higher_is_risk',
        value: 6.8,
        pct: 73.2,
        standing: { lessRisky: 732, equal: 0, others: 1000 },
        national: 7.2,
        nationalText: '7,2 per 1.000 inwoners',
      }),
    ).toBe(
      'Hoger dan 73 % van de wijken; lager dan het landelijke cijfer (7,2 per 1.000 inwoners). Dat kan allebei kloppen: het percentiel telt elke wijk één keer, het landelijke cijfer geldt voor Nederland als geheel, waarin grote gebieden zwaarder wegen.',
    );
  });

  it('says no more than needed when both point the same way, or there is no national value', () => {
    expect(sentence({ value: 9, pct: 80, standing: { lessRisky: 80, equal: 0, others: 100 }, national: 7.2, nationalText: '7,2' })).toBe(
      'Hoger dan 80 % van de gemeenten; hoger dan het landelijke cijfer (7,2).',
    );
    expect(sentence({ level: 'buurt', value: 3, pct: 20, standing: { lessRisky: 20, equal: 0, others: 100 } })).toBe('Hoger dan 20 % van de buurten.');
    expect(sentence({ value: null, pct: null, standing: null, national: 7.2 })).toBeNull();
  });

  it('never says "hoger dan" of a value shared with others at the bottom (Utrecht: class 1 of landelijkheid, percentile 3)', () => {
    const standing = standingOf(values(...Array<number>(21).fill(1), ...Array<number>(321).fill(3)), 1, 'higher_is_risk');
    expect(sentence({ value: 1, pct: 3, standing })).toBe(
      'De laagste waarde, samen met 6 % van de gemeenten (gelijke waarden tellen in het percentiel voor de helft).',
    );
  });

  it('says "lager dan" where a lower value is the risk, and names the shared share apart', () => {
    const standing = standingOf(values(10, 20, 20, 20, 30), 20, 'lower_is_risk');
    expect(standing).toEqual({ lessRisky: 1, equal: 2, others: 4 });
    expect(sentence({ direction: 'lower_is_risk', value: 20, pct: 50, standing })).toBe(
      'Lager dan 25 % van de gemeenten, gelijk aan 50 % (gelijke waarden tellen in het percentiel voor de helft).',
    );
    expect(sentence({ direction: 'lower_is_risk', value: 30, pct: 0, standing: standingOf(values(10, 20, 30), 30, 'lower_is_risk') })).toBe(
      'De hoogste waarde van de gemeenten.',
    );
  });

  it('names the top as the highest (or, where a lower value is the risk, the lowest) value, and a level of equal values as such', () => {
    expect(sentence({ value: 3, standing: standingOf(values(1, 2, 3), 3, 'higher_is_risk') })).toBe('De hoogste waarde van de gemeenten.');
    expect(sentence({ direction: 'lower_is_risk', value: 1, standing: standingOf(values(1, 2, 3), 1, 'lower_is_risk') })).toBe(
      'De laagste waarde van de gemeenten.',
    );
    expect(sentence({ value: 3, standing: standingOf(values(1, 3, 3, 3), 3, 'higher_is_risk') })).toBe(
      'De hoogste waarde, samen met 67 % van de gemeenten (gelijke waarden tellen in het percentiel voor de helft).',
    );
    expect(sentence({ value: 2, standing: standingOf(values(2, 2, 2), 2, 'higher_is_risk') })).toBe('Alle gemeenten hebben dezelfde waarde.');
  });

  it('says "duidelijk" where the published test puts the whole interval above or below Nederland, and "binnen de marge" where not', () => {
    const standing = { lessRisky: 80, equal: 0, others: 100 };
    expect(sentence({ value: 79.8, pct: 80, standing, national: 77.9, nationalText: '77,9%', sig: 'hoger' })).toBe(
      'Hoger dan 80 % van de gemeenten; duidelijk hoger dan het landelijke cijfer (77,9%): de hele onzekerheidsmarge ligt erboven.',
    );
    expect(sentence({ value: 9, pct: 80, standing, national: 7.2, nationalText: '7,2', sig: 'niet_significant' })).toBe(
      'Hoger dan 80 % van de gemeenten; hoger dan het landelijke cijfer (7,2), maar het landelijke cijfer valt binnen de onzekerheidsmarge.',
    );
    expect(sentence({ value: 7.1, pct: 50, standing, national: 7.2, nationalText: '7,2', sig: 'niet_significant' })).toBe(
      'Hoger dan 80 % van de gemeenten; ongeveer gelijk aan het landelijke cijfer (7,2).',
    );
    // below the middle yet clearly above Nederland: the sentence says why both can be true
    expect(
      sentence({ value: 79.8, pct: 30, standing: { lessRisky: 30, equal: 0, others: 100 }, national: 77.9, nationalText: '77,9%', sig: 'hoger' }),
    ).toContain('Dat kan allebei kloppen');
  });

  it('counts a few regions instead of rounding them to 0 % or all but a few to 100 %', () => {
    expect(sentence({ level: 'buurt', value: 5, standing: { lessRisky: 11_990, equal: 3, others: 12_000 } })).toBe(
      'Hoger dan alle andere buurten op 10 na, gelijk aan 3 van de 12.000 andere buurten (gelijke waarden tellen in het percentiel voor de helft).',
    );
  });
});
