/**
 * One plain sentence per indicator in a profile that explains both numbers: the percentile (a rank among the
 * regions of the level) and the comparison with Nederland (one ratio over all inhabitants), and why they can
 * point different ways.
 */
import type { Level } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { compareWithNational } from '../vs-nederland/vs-nederland.ts';

export function indicatorSentence(level: Level, value: number | null, pct: number | null, national: number | null, nationalText: string): string | null {
  if (value === null || pct === null) return null;
  const { side, seemsToContradict } = compareWithNational(value, pct, national);
  const plural = t(`level.plural.${level}`);
  const rank = t('vsNl.rank', { pct: fmt.number(Math.round(pct), 0), level: plural });
  if (side === null) return `${rank}.`;
  const against = t(side === 'higher' ? 'vsNl.higher' : side === 'lower' ? 'vsNl.lower' : 'vsNl.same', { national: nationalText });
  const why = seemsToContradict ? ` ${t('vsNl.why', { level: t(`level.${level}`).toLowerCase() })}` : '';
  return `${rank}; ${against}.${why}`;
}
