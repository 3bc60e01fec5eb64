/** What the manifest says about uncertainty and hotspots: the build's settings and the Dutch sentences the app shows. */
import type { Manifest } from '@atlas/contract';
import type { LevelHotspots } from '../compute/hotspots/level-hotspots.ts';
import { CONTIGUITY_RULE } from '../compute/hotspots/level-neighbours.ts';
import { RANK_DRAWS, UNCERTAINTY_SEED } from '../compute/uncertainty/seed.ts';

export const DEFAULT_SCORES_REASON =
  'Percentielen en themascores gaan standaard uit van de gemeten waarden: dat zijn de cijfers die CBS en politie publiceren en die in tooltip en profiel staan, zodat rang en waarde bij elkaar passen. Bij elke waarde staat het 95%-interval en bij elk percentiel de onzekerheidsmarge; wie kleine aantallen wil afzwakken zet “gecorrigeerd voor kleine aantallen” aan (empirisch-Bayes, alleen voor tellingen van gebeurtenissen).';

export const SECONDARY_SUPPRESSION_NL =
  'Gebieden met te weinig inwoners krijgen geen cijfer. Omdat wijk- en gemeentecijfers alle buurten meetellen, zou één afgeschermde buurt terug te rekenen zijn als wijk min de gepubliceerde buurten; daarom schermt de atlas in zo’n geval ook het kleinste andere gebied af (“afgeschermd, zodat een kleiner gebied niet terug te rekenen is”).';

export function uncertaintyFacts(): Manifest['uncertainty'] {
  return {
    confidence: 0.95,
    defaultScores: 'raw',
    defaultReason: DEFAULT_SCORES_REASON,
    draws: RANK_DRAWS,
    seed: UNCERTAINTY_SEED,
    ciReasons: {
      no_sampling_basis: 'geen onzekerheidsmaat beschikbaar',
      survey_margin_unpublished: 'steekproefschatting, marge niet gepubliceerd',
      share_out_of_range: 'geen interval: de teller is groter dan de noemer (bijv. opkomst boven 100 % door kiezerspassen)',
    },
    secondarySuppression: SECONDARY_SUPPRESSION_NL,
  };
}

export const HOTSPOT_METHOD_NL =
  'Buren zijn gebieden die een grens delen: minstens de opgegeven lengte grens ligt binnen de opgegeven afstand van elkaar (de grenzen zijn vereenvoudigd en sluiten niet overal precies aan). Per indicator en niveau is Gi* (Getis & Ord) berekend met binaire gewichten, het gebied zelf meegeteld; de p-waarden zijn gecorrigeerd voor het aantal toetsen met Benjamini–Hochberg, en een gebied heet hotspot of coldspot bij een gecorrigeerde p van hoogstens 0,10 / 0,05 / 0,01 (90 / 95 / 99 %). Een hotspot is een patroon, geen bewijs.';

export function hotspotFacts(levels: readonly LevelHotspots[]): Manifest['hotspots'] {
  return {
    levels: levels.map((h) => ({
      level: h.level,
      ...CONTIGUITY_RULE[h.level],
      regions: h.graph.neighbours.size,
      islands: h.graph.islands,
    })),
    method: HOTSPOT_METHOD_NL,
  };
}
