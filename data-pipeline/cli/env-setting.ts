import { resolve } from 'node:path';

/**
 * A setting from the environment, or undefined when it is unset or empty: `ATLAS_CACHE_DIR= npm run build:data`
 * means "no setting", not the working folder (resolve('') is the working folder, and a cache once landed beside
 * package.json that way).
 */
export const envSetting = (env: Record<string, string | undefined>, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

/** A folder the environment may name (absolute, from the working folder), else `fallback` in the repository. */
export const envFolder = (env: Record<string, string | undefined>, name: string, repoRoot: string, fallback: string): string =>
  resolve(envSetting(env, name) ?? resolve(repoRoot, fallback));
