/**
 * Secondary suppression against differencing (issue 17 item 5). Wijk and gemeente values are sums of all their
 * buurten, those withheld for too few inhabitants included, and every table publishes `__num`. So
 * wijk − Σ published buurten is the sum of the withheld buurten of that wijk: with exactly one withheld buurt it IS
 * that buurt's count. Likewise gemeente − Σ published wijken − Σ published buurten of unpublished wijken.
 *
 * The known sums split the withheld buurten of a gemeente into disjoint groups whose sums are known: one per
 * published wijk, plus one "rest" group for the withheld buurten in unpublished wijken. A cell is recovered exactly
 * when it is alone in its group (a buurt) or when a group is exactly one withheld wijk. The rule here:
 *   1. a published wijk with exactly one withheld buurt: also withhold its published buurt with the smallest denominator;
 *   2. a published gemeente whose rest group is one buurt, or lies inside one withheld wijk: also withhold the smallest
 *      published wijk with ≥ 2 withheld buurten (its group joins the rest); failing that, the smallest published wijk
 *      together with one of its published buurten (a gemeente whose wijken are single buurten, like Uithoorn);
 *      failing that, the gemeente value itself.
 * The same holds where the wijk or gemeente count is the source's own total of the same variable (countsTheSame).
 * Withheld cells get reason 'suppressed_privacy' and lose value, numerator and denominator alike.
 */
import type { IndicatorDefinition } from '../../../indicators/catalog/types.ts';
import type { MissingReason } from '@atlas/contract';
import type { RegionRegister } from '../../regions/register.ts';
import { missingCell, type IndicatorCell } from '../indicator-cell.ts';

type Cells = Map<string, IndicatorCell>;

const WITHHELD: readonly MissingReason[] = ['below_min_population', 'suppressed_privacy'];

/** A cell the publisher withholds for privacy (not one that simply has no data). */
export function isWithheld(cell: IndicatorCell | undefined): boolean {
  return cell !== undefined && cell.value === null && cell.numerator === null && cell.reason !== null && WITHHELD.includes(cell.reason);
}

function withhold(cells: Cells, code: string): void {
  cells.set(code, missingCell('suppressed_privacy'));
}

/** Published with a count, so it is one of the known sums. */
const published = (cell: IndicatorCell | undefined): boolean => cell !== undefined && cell.value !== null && cell.numerator !== null;

function smallest(codes: readonly string[], cells: Cells): string | null {
  let best: string | null = null;
  let bestDen = Infinity;
  for (const code of codes) {
    const den = cells.get(code)?.denominator ?? Infinity;
    if (best === null || den < bestDen) {
      best = code;
      bestDen = den;
    }
  }
  return best;
}

/**
 * Whether a level's numerator is (or usually is) the sum of the buurt numerators: a sum of buurten, or a rate with
 * the buurt's own numerator expression read from the source's row for the larger area (such official totals add up
 * over their buurten in most gemeenten, so they allow the same subtraction).
 */
export function countsTheSame(levels: IndicatorDefinition['levels'], level: 'wijk' | 'gemeente'): boolean {
  const formula = levels[level];
  const buurt = levels.buurt;
  if (!formula || buurt?.kind !== 'rate') return false;
  if (formula.kind === 'sum_of_children') return formula.from === 'buurt';
  return formula.kind === 'rate' && formula.numerator === buurt.numerator;
}

/** Withholds extra cells in place; returns how many it withheld. */
export function secondarySuppression(
  indicator: Pick<IndicatorDefinition, 'levels'>,
  levels: Partial<Record<'gemeente' | 'wijk' | 'buurt', Cells>>,
  register: RegionRegister,
): number {
  const buurten = levels.buurt;
  if (!buurten) return 0;
  const wijkSums = countsTheSame(indicator.levels, 'wijk') ? levels.wijk : undefined;
  const gemeenteSums = countsTheSame(indicator.levels, 'gemeente') ? levels.gemeente : undefined;
  let count = 0;
  const buurtenIn = (wijk: string, keep: (cell: IndicatorCell | undefined) => boolean) =>
    (register.buurtenOf.get(wijk) ?? []).filter((b) => keep(buurten.get(b.code))).map((b) => b.code);
  const withheldIn = (wijk: string) => buurtenIn(wijk, isWithheld);
  const publishedIn = (wijk: string) => buurtenIn(wijk, published);

  if (wijkSums) {
    for (const [wijk, cell] of wijkSums) {
      if (!published(cell) || withheldIn(wijk).length !== 1) continue;
      const partner = smallest(publishedIn(wijk), buurten);
      withhold(partner === null ? wijkSums : buurten, partner ?? wijk);
      count++;
    }
  }
  if (gemeenteSums) {
    for (const [gemeente, cell] of gemeenteSums) {
      if (!published(cell)) continue;
      const wijken = (register.wijkenOf.get(gemeente) ?? []).map((w) => w.code);
      const open = wijkSums ? wijken.filter((w) => !published(wijkSums.get(w))) : wijken;
      const rest = open.flatMap((w) => withheldIn(w).map((b) => ({ b, w })));
      const spanned = new Set(rest.map((r) => r.w));
      const onlyWijk = spanned.size === 1 ? [...spanned][0] : undefined;
      const recoverable = rest.length === 1 || (onlyWijk !== undefined && wijkSums !== undefined && isWithheld(wijkSums.get(onlyWijk)));
      if (!recoverable) continue;
      count++;
      const candidates = wijkSums ? wijken.filter((w) => published(wijkSums.get(w))) : [];
      const grouped = candidates.filter((w) => withheldIn(w).length >= 2);
      const withBuurten = candidates.filter((w) => publishedIn(w).length >= 1);
      const partner = wijkSums ? (smallest(grouped, wijkSums) ?? smallest(withBuurten, wijkSums)) : null;
      if (partner === null || !wijkSums) {
        withhold(gemeenteSums, gemeente);
        continue;
      }
      if (withheldIn(partner).length === 0) {
        const buurt = smallest(publishedIn(partner), buurten);
        if (buurt !== null) withhold(buurten, buurt);
      }
      withhold(wijkSums, partner);
    }
  }
  return count;
}
