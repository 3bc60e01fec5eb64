import { describe, expect, it } from 'vitest';
import { indicatorSentence } from './indicator-sentence.ts';

describe('indicatorSentence', () => {
  it('explains a high percentile beside a value under the national one (Stokhasselt)', () => {
    expect(indicatorSentence('wijk', 6.8, 73.2, 7.2, '7,2 per 1.000 inwoners')).toBe(
      'Hoger dan 73 % van de wijken; lager dan het landelijke cijfer (7,2 per 1.000 inwoners). Dat kan allebei kloppen: het percentiel telt elke wijk één keer, het landelijke cijfer is één verhouding over alle inwoners van Nederland, waarin grote gebieden zwaarder wegen.',
    );
  });
  it('says no more than needed when both point the same way, or there is no national value', () => {
    expect(indicatorSentence('gemeente', 9, 80, 7.2, '7,2')).toBe('Hoger dan 80 % van de gemeenten; hoger dan het landelijke cijfer (7,2).');
    expect(indicatorSentence('buurt', 3, 20, null, '–')).toBe('Hoger dan 20 % van de buurten.');
    expect(indicatorSentence('buurt', null, null, 7.2, '7,2')).toBeNull();
  });
});
