/** Base seed of every simulation in the build; with it the same inputs give the same intervals on every build. */
export const UNCERTAINTY_SEED = 20_240_101;
/** Draws per indicator and level: the floor at which 2.5 / 97.5 % points are stable enough (issue 14). */
export const RANK_DRAWS = 200;

/** A seed per indicator (or theme) and level: FNV-1a of the name, mixed with the base seed, so adding an indicator leaves the others' draws alone. */
export function seedFor(name: string, level: string): number {
  let hash = 0x811c9dc5 ^ UNCERTAINTY_SEED;
  for (const ch of `${name}@${level}`) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
