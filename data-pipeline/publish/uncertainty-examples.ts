/**
 * The uncertainty part of methode.json: Dutch paragraphs with numbers from this build and two worked examples
 * taken from the real data (a small buurt raw against smoothed; the strongest wijk hotspot with every term of Gi*).
 */
import { UNCERTAINTY_METHODS, type IndicatorId, type Level, type MethodUncertainty } from '@atlas/contract';
import type { LevelHotspots } from '../compute/hotspots/level-hotspots.ts';
import { nanAsNull } from '../compute/score-types.ts';
import { CONTIGUITY_RULE } from '../compute/hotspots/level-neighbours.ts';
import type { IndicatorResult } from '../compute/indicator-values.ts';
import type { LevelScores } from '../compute/scores.ts';
import { RANK_DRAWS } from '../compute/uncertainty/seed.ts';
import type { RegionRegister } from '../regions/register.ts';
import type { BuildDescription } from './manifest.ts';
import { SECONDARY_SUPPRESSION_NL } from './uncertainty-facts.ts';

export interface UncertaintyEvidence {
  register: RegionRegister;
  results: readonly IndicatorResult[];
  scored: Readonly<Record<Level, LevelScores>>;
  hotspots: readonly LevelHotspots[];
}

/** The indicator of both examples: the broadest crime count, where small-number effects are best known. */
const EXAMPLE_INDICATOR: IndicatorId = 'misdrijven_totaal';

const HOT_LABEL: Record<string, string> = {
  hot_99: 'hotspot, 99 %',
  hot_95: 'hotspot, 95 %',
  hot_90: 'hotspot, 90 %',
  cold_99: 'coldspot, 99 %',
  cold_95: 'coldspot, 95 %',
  cold_90: 'coldspot, 90 %',
  none: 'geen hotspot',
};

const nl = (value: number, decimals = 1) => value.toLocaleString('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** The smallest buurt among the top 5 % by raw value: the case smoothing is for. */
function smoothingExample(e: UncertaintyEvidence): MethodUncertainty['smoothingExample'] {
  const level: Level = 'buurt';
  const cells = e.results.find((r) => r.id === EXAMPLE_INDICATOR)?.levels[level];
  const u = e.scored[level].uncertainty.indicators.get(EXAMPLE_INDICATOR);
  const pct = e.scored[level].scores.get(EXAMPLE_INDICATOR)?.percentile;
  if (!cells || !u || !pct || u.ebMean === null) return null;
  const regions = e.register.byLevel[level];
  let best: number | null = null;
  regions.forEach((r, i) => {
    const cell = cells.get(r.code);
    if (!cell || cell.value === null || cell.denominator === null || (pct.get(r.code) ?? 0) < 95) return;
    const current = best === null ? null : cells.get(regions[best]?.code ?? '');
    if (current?.denominator === undefined || current.denominator === null || cell.denominator < current.denominator) best = i;
  });
  if (best === null) return null;
  const i: number = best;
  const region = regions[i];
  const cell = region ? cells.get(region.code) : undefined;
  const [lo, hi, eb, weight] = [u.lo[i], u.hi[i], u.eb[i], u.ebWeight[i]];
  if (!region || !cell || cell.value === null || cell.numerator === null || cell.denominator === null) return null;
  if (lo == null || hi == null || eb == null || weight == null) return null;
  return {
    indicator: EXAMPLE_INDICATOR,
    level,
    code: region.code,
    name: region.name,
    count: cell.numerator,
    denominator: cell.denominator,
    value: cell.value,
    lo,
    hi,
    smoothed: eb,
    weight,
    levelMean: u.ebMean,
    percentile: pct.get(region.code) ?? null,
    percentileSmoothed: u.pctEb[i] ?? null,
    percentileLo: u.pctLo[i] ?? null,
    percentileHi: u.pctHi[i] ?? null,
  };
}

/** The wijk with the largest Gi* z of the example indicator, with the terms of the formula recomputed for display. */
function hotspotExample(e: UncertaintyEvidence): MethodUncertainty['hotspotExample'] {
  const h = e.hotspots.find((l) => l.level === 'wijk');
  const column = h?.indicators.get(EXAMPLE_INDICATOR);
  const cells = e.results.find((r) => r.id === EXAMPLE_INDICATOR)?.levels.wijk;
  if (!h || !column || !cells) return null;
  const regions = e.register.byLevel.wijk;
  const values = regions.map((r) => cells.get(r.code)?.value ?? null);
  let best = -1;
  column.z.forEach((z, i) => {
    if (!Number.isNaN(z) && (best < 0 || z > (column.z[best] ?? -Infinity))) best = i;
  });
  const region = regions[best];
  const value = values[best] ?? null;
  const [z, p, q, hotspotClass] = [nanAsNull(column.z[best]), nanAsNull(column.p[best]), nanAsNull(column.q[best]), column.classes[best]];
  if (!region || value === null || z == null || p == null || q == null || hotspotClass == null) return null;
  const present = values.filter((v): v is number => v !== null);
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  const sd = Math.sqrt(present.reduce((a, b) => a + (b - mean) ** 2, 0) / present.length);
  const local = [best, ...(h.neighbours[best] ?? [])].map((j) => values[j] ?? null).filter((v): v is number => v !== null);
  return {
    indicator: EXAMPLE_INDICATOR,
    level: 'wijk',
    code: region.code,
    name: region.name,
    value,
    neighbours: h.graph.neighbours.get(region.code) ?? [],
    n: present.length,
    mean,
    sd,
    localSum: local.reduce((a, b) => a + b, 0),
    weight: local.length,
    z,
    p,
    q,
    hotspotClass,
  };
}

export function methodUncertainty(build: BuildDescription, e: UncertaintyEvidence): MethodUncertainty {
  const smoothing = smoothingExample(e);
  const hotspot = hotspotExample(e);
  const smoothingText = smoothing
    ? ` Voorbeeld: buurt ${smoothing.name} (${smoothing.code}) telt ${nl(smoothing.count, 0)} geregistreerde misdrijven op ${nl(smoothing.denominator, 0)} inwoners: ${nl(smoothing.value)} per 1.000 (95%-interval ${nl(smoothing.lo)}–${nl(smoothing.hi)}). Gecorrigeerd weegt het eigen cijfer voor ${nl(smoothing.weight * 100, 0)} % mee en het gemiddelde van alle buurten (${nl(smoothing.levelMean)}) voor de rest: ${nl(smoothing.smoothed)} per 1.000.`
    : '';
  const hotspotText = hotspot
    ? ` Voorbeeld: wijk ${hotspot.name} (${hotspot.code}) heeft ${nl(hotspot.value)} misdrijven per 1.000 inwoners en ${hotspot.neighbours.length} buren; samen met de wijk zelf tellen ${hotspot.weight} waarden op tot ${nl(hotspot.localSum)}, tegen een verwachting van ${nl(hotspot.mean * hotspot.weight)} bij het gemiddelde van ${nl(hotspot.mean)} over ${nl(hotspot.n, 0)} wijken. Dat geeft z = ${nl(hotspot.z, 2)}, na correctie ${hotspot.q < 0.001 ? 'p < 0,001' : `p = ${hotspot.q.toLocaleString('nl-NL', { maximumSignificantDigits: 2 })}`} (${HOT_LABEL[hotspot.hotspotClass] ?? hotspot.hotspotClass}).`
    : '';
  return {
    defaultScores: build.uncertainty.defaultScores,
    draws: RANK_DRAWS,
    sentences: {
      intervals:
        'Bij elk cijfer dat uit een telling komt staat een 95%-interval. Voor gebeurtenissen per inwoner (misdrijven per 1.000) is dat het exacte Poisson-interval (Garwood) op het aantal, gedeeld door de noemer; voor aandelen van getelde personen of huishoudens het Wilson-interval. Wijk- en gemeentecijfers die uit buurten zijn opgeteld krijgen hetzelfde interval op de opgetelde aantallen. Cijfers zonder telling (gemiddeld inkomen, oppervlakten, klassen) krijgen geen interval: “geen onzekerheidsmaat beschikbaar”; enquêtecijfers zonder gepubliceerde marge: “steekproefschatting, marge niet gepubliceerd”.',
      smoothing: `In kleine gebieden maakt één misdrijf meer of minder een groot verschil. De gecorrigeerde waarde (empirisch Bayes, methode van Marshall) trekt elk cijfer naar het gemiddelde van het niveau, sterker naarmate er minder inwoners achter staan. Standaard tonen rangen en themascores de gemeten waarden; de correctie is een schakelaar.${smoothingText}`,
      ranks: `Ook de positie tussen gebieden (het percentiel) is onzeker. De atlas trekt ${RANK_DRAWS} keer voor elk gebied een aantal dat bij de telling past, rangschikt alle gebieden opnieuw en geeft het 2,5e en 97,5e percentiel van die uitkomsten; de themascore volgt uit dezelfde trekkingen. Een interval omvat altijd het getoonde percentiel of de getoonde themascore: gelijke waarden (bijvoorbeeld veel wijken met 0 meldingen) delen de middelste rang, terwijl de trekkingen ze uit elkaar halen, en waar het getoonde cijfer daardoor net buiten het bereik van de trekkingen valt, is het interval tot dat cijfer verbreed. De trekkingen zijn vast gezaaid, zodat elke bouw dezelfde marges geeft.`,
      significance:
        'Een cijfer heet significant hoger (of lager) dan Nederland als het hele 95%-interval boven (of onder) het landelijke cijfer ligt; ligt het landelijke cijfer binnen het interval, dan is het verschil niet significant.',
      hotspots: `${build.hotspots.method}${hotspotText}`,
      privacy: SECONDARY_SUPPRESSION_NL,
    },
    methods: UNCERTAINTY_METHODS.map((method) => ({ method, indicators: build.indicators.filter((i) => i.uncertainty === method).map((i) => i.id) })).filter(
      (m) => m.indicators.length > 0,
    ),
    smoothingExample: smoothing,
    hotspotExample: hotspot,
    neighbourRules: build.hotspots.levels.map((l) => ({ level: l.level, ...CONTIGUITY_RULE[l.level], regions: l.regions, islands: l.islands.length })),
  };
}
