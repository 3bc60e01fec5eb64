import { similarRegions, type SimilarityFeature } from '@atlas/maths';
import type { RegionRegister } from '../regions/register.ts';
import type { IndicatorResult } from './indicator-values.ts';

/**
 * The features for gemeenten: size, urbanity and household structure weigh one third each
 * (the two household features share their third).
 */
export const GEMEENTE_SIMILARITY_FEATURES: readonly SimilarityFeature[] = [
  { id: 'inwoners', weight: 1, transform: Math.log },
  { id: 'bevolkingsdichtheid', weight: 1, transform: Math.log },
  { id: 'huishoudens_met_kinderen', weight: 0.5 },
  { id: 'eenpersoonshuishoudens', weight: 0.5 },
];

export const SIMILARITY_METHOD_NL =
  'Vergelijkbare gemeenten zijn de vijf gemeenten die het dichtst bij liggen in inwonertal (logaritme), bevolkingsdichtheid (logaritme, als maat voor stedelijkheid) en huishoudenssamenstelling (aandeel huishoudens met kinderen en aandeel eenpersoonshuishoudens). Elk kenmerk wordt eerst gestandaardiseerd (z-score over alle gemeenten); omvang, stedelijkheid en huishoudenssamenstelling wegen elk een derde. De afstand is de gewogen euclidische afstand.';

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
