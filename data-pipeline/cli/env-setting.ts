/**
 * A setting from the environment, or undefined when it is unset or empty: `ATLAS_CACHE_DIR= npm run build:data`
 * means "no setting", not the working folder (resolve('') is the working folder, and a cache once landed beside
 * package.json that way).
 */
export const envSetting = (env: Record<string, string | undefined>, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};
