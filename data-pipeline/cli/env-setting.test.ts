import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { envFolder, envSetting } from './env-setting.ts';

describe('a setting from the environment', () => {
  it('is the value when set, and absent when unset, empty or blank', () => {
    const env = { SET: '/tmp/cache', EMPTY: '', BLANK: '  ' };
    expect(envSetting(env, 'SET')).toBe('/tmp/cache');
    expect(envSetting(env, 'EMPTY')).toBeUndefined();
    expect(envSetting(env, 'BLANK')).toBeUndefined();
    expect(envSetting(env, 'UNSET')).toBeUndefined();
  });

  it('names a folder: the one set (from the working folder), else the fallback in the repository', () => {
    const env = { SET: 'cache/here', EMPTY: '' };
    expect(envFolder(env, 'SET', '/repo', '.cache/x')).toBe(resolve('cache/here'));
    expect(envFolder(env, 'EMPTY', '/repo', '.cache/x')).toBe(join('/repo', '.cache/x'));
    expect(envFolder(env, 'UNSET', '/repo', '.cache/x')).toBe(join('/repo', '.cache/x'));
  });
});
