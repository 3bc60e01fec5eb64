/** Why a value is null. Never 0 in place of any of these. Dutch labels live in the app's nl.ts. */
export const MISSING_REASONS = [
  'missing_in_source', // the source has no row or an empty cell for this region
  'suppressed', // the publisher marked the value secret / unreliable ('.', -99999999, null)
  'below_min_population', // fewer inhabitants than the indicator's minimum
  'suppressed_privacy', // withheld by the atlas so that a suppressed neighbouring cell cannot be recovered by subtraction
  'not_comparable', // other-year data whose region code and name do not match the 2024 region exactly
  'incomplete_coverage', // aggregated from lower levels, but too few of them have a value
  'not_on_level', // the indicator does not exist on this level
  'insufficient_weight', // theme score: less than the required share of the theme's weight has a value
] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

const reasons: ReadonlySet<string> = new Set(MISSING_REASONS);

export function isMissingReason(value: string | null | undefined): value is MissingReason {
  return value !== null && value !== undefined && reasons.has(value);
}
