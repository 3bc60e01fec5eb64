import { describe, expect, it } from 'vitest';
import { flagValue } from './resolve-raw-dir.ts';

describe('a command-line flag’s value', () => {
  it('is the word after the flag, absent without the flag, and refused when missing, empty or another flag', () => {
    expect(flagValue(['--cache-dir', '/tmp/c'], '--cache-dir')).toBe('/tmp/c');
    expect(flagValue(['--download'], '--cache-dir')).toBeUndefined();
    for (const argv of [['--cache-dir'], ['--cache-dir', ''], ['--cache-dir', '  '], ['--cache-dir', '--download']]) {
      expect(() => flagValue(argv, '--cache-dir'), JSON.stringify(argv)).toThrow('--cache-dir needs a value');
    }
  });
});
