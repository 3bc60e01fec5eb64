import type { RegionRegister } from '../regions/register.ts';
import type { SourceTable } from '../sources/source-table.ts';

export interface CrimeAgreement {
  buurten: number;
  sum47022: number;
  sum47018: number;
  identical: number;
  gemeenten: number;
  gemeentenWithin2Pct: number;
}

/**
 * How the exact 47022NED counts for 2024 agree with the halved 47018NED extract that they replace, buurt by
 * buurt (both where comparable) and per gemeente as sums of those buurten. The extract counts every crime
 * about twice, so "identical" means the halved value rounds to the 47022 count.
 */
export function crimeAgreement2024(crime47022: SourceTable, crimeTotals: SourceTable, register: RegionRegister): CrimeAgreement {
  const exact = new Map(crime47022.rows.map((row) => [row.code, row.values.misdrijven_2024 ?? null]));
  const perGemeente = new Map<string, { a: number; b: number }>();
  const result: CrimeAgreement = { buurten: 0, sum47022: 0, sum47018: 0, identical: 0, gemeenten: 0, gemeentenWithin2Pct: 0 };
  for (const row of crimeTotals.rows) {
    const estimate = row.values.misdrijven_schatting ?? null;
    const count = exact.get(row.code) ?? null;
    const region = register.byCode.get(row.code);
    if (estimate === null || count === null || !region) continue;
    result.buurten++;
    result.sum47022 += count;
    result.sum47018 += estimate;
    if (Math.abs(estimate - count) <= 1) result.identical++;
    const g = perGemeente.get(region.gemeenteCode) ?? { a: 0, b: 0 };
    g.a += count;
    g.b += estimate;
    perGemeente.set(region.gemeenteCode, g);
  }
  for (const { a, b } of perGemeente.values()) {
    if (a <= 0) continue;
    result.gemeenten++;
    if (Math.abs(b / a - 1) <= 0.02) result.gemeentenWithin2Pct++;
  }
  return result;
}

export function describeCrimeAgreement(a: CrimeAgreement): string {
  const pct = (n: number, d: number) => `${((n / Math.max(d, 1)) * 100).toFixed(1)} %`;
  return (
    `47022NED vs 47018NED (halved) 2024: ${a.buurten} buurten in both, ${a.sum47022} vs ${a.sum47018} crimes (ratio ${(a.sum47018 / Math.max(a.sum47022, 1)).toFixed(3)}); ` +
    `${a.identical} buurten within 1 (${pct(a.identical, a.buurten)}); ${a.gemeentenWithin2Pct} of ${a.gemeenten} gemeenten within 2 %`
  );
}
