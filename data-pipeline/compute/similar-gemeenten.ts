import { GEMEENTE_SIMILARITY_FEATURES, similarRegions } from '../../indicators/similarity/similar-regions.ts';
import type { RegionRegister } from '../regions/register.ts';
import type { IndicatorResult } from './indicator-values.ts';

/** The five most similar gemeenten per gemeente, from published gemeente values (see SIMILARITY_METHOD_NL). */
export function similarGemeenten(register: RegionRegister, results: readonly IndicatorResult[]): Map<string, string[]> {
  const valueOf = (id: string, code: string) => results.find((r) => r.id === id)?.levels.gemeente?.get(code)?.value ?? null;
  const rows = register.byLevel.gemeente.map((g) => ({
    code: g.code,
    features: {
      inwoners: g.population,
      bevolkingsdichtheid: valueOf('bevolkingsdichtheid', g.code),
      huishoudens_met_kinderen: valueOf('huishoudens_met_kinderen', g.code),
      eenpersoonshuishoudens: valueOf('eenpersoonshuishoudens', g.code),
    },
  }));
  const neighbours = similarRegions(rows, GEMEENTE_SIMILARITY_FEATURES, 5);
  return new Map([...neighbours].map(([code, list]) => [code, list.map((n) => n.code)]));
}
