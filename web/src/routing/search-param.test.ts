import { describe, expect, it } from 'vitest';
import { withParam } from './search-param.ts';

describe('withParam', () => {
  it('sets or removes one parameter and keeps the others readable and in order', () => {
    expect(withParam('?sql=x&weging=a.b:1,a.c:0', 'sql', null)).toBe('?weging=a.b:1,a.c:0');
    expect(withParam('thema=a', 'jaar', '2021')).toBe('?thema=a&jaar=2021');
    expect(withParam('?jaar=2021', 'jaar', null)).toBe('');
  });
});
