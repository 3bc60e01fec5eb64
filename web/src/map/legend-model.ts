/**
 * The legend's texts, apart from how it is drawn: the on-screen Legend and the exported map image read the
 * same rows, so both always say the same thing.
 */
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import type { FillKind, LegendEntry } from './classes.ts';
import type { Display } from './display.ts';

export interface LegendRow {
  kind: FillKind;
  /** Fill colour (class entries and "geen gegevens"); "te weinig inwoners" is drawn hatched. */
  color: string;
  label: string;
  count: string;
}

/** Classes in reading order, then "geen gegevens" and "te weinig inwoners". */
export function legendRows(entries: readonly LegendEntry[], { decimals, missingLabel }: Pick<Display, 'decimals' | 'missingLabel'>): LegendRow[] {
  const label = (e: LegendEntry): string => {
    if (e.kind === 'below_min') return t('legend.belowMin');
    if (e.kind === 'missing') return missingLabel ?? t('legend.missing');
    return `${fmt.number(e.from, decimals)} – ${fmt.number(e.to, decimals)}`;
  };
  const ordered = [...entries.filter((e) => e.kind === 'class'), ...entries.filter((e) => e.kind !== 'class')];
  return ordered.map((e) => ({ kind: e.kind, color: e.color, label: label(e), count: fmt.integer(e.count) }));
}

/**
 * The line under the legend: how the classes are made, and whether the ramp is flipped; '' when there are no
 * classes (an indicator the level does not have). The screen and the exported image both say it.
 */
export function legendNote(display: Pick<Display, 'reverse' | 'classesOverYears' | 'vsNational'>, entries: readonly LegendEntry[]): string {
  if (!entries.some((e) => e.kind === 'class')) return '';
  if (display.vsNational) return t('legend.vsNational');
  const classes = display.classesOverYears ? t('legend.quantileOverYears', display.classesOverYears) : t('legend.quantile');
  return `${classes}${display.reverse ? ` ${t('legend.lowerIsRisk')}` : ''}`;
}
