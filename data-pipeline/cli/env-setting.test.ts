import { describe, expect, it } from 'vitest';
import { envSetting } from './env-setting.ts';

describe('a setting from the environment', () => {
  it('is the value when set, and absent when unset, empty or blank', () => {
    const env = { SET: '/tmp/cache', EMPTY: '', BLANK: '  ' };
    expect(envSetting(env, 'SET')).toBe('/tmp/cache');
    expect(envSetting(env, 'EMPTY')).toBeUndefined();
    expect(envSetting(env, 'BLANK')).toBeUndefined();
    expect(envSetting(env, 'UNSET')).toBeUndefined();
  });
});
