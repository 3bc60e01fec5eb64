/**
 * What the map shows, resolved from the state: which column colours the regions, which column says why a
 * value is missing, and how to label and format it.
 */
import { col, type IndicatorManifest, type ThemeManifest } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import type { Measure } from './map-url-state.ts';

export interface Display {
  kind: 'score' | 'pct' | 'value';
  column: string;
  reasonColumn: string;
  /** Lower value = more risk, shown as value: the colour ramp flips. */
  reverse: boolean;
  decimals: number;
  unit: string;
  title: string;
  subtitle: string;
  proxy: boolean;
  indicator: IndicatorManifest | null;
  /** "Vergeleken met Nederland": colour each value against this national value instead of by quantile classes. */
  vsNational?: { national: number; direction: IndicatorManifest['direction'] };
  /** Columns of the Gi* hotspot class and of the percentile interval (0–100) of what is shown, when it has them. */
  hotColumn?: string;
  pctInterval?: readonly [string, string];
  /** What a region without a value means here, instead of "geen gegevens" (a query's map: not in its result). */
  missingLabel?: string;
  /** A chosen year's values, classed with breaks taken over all years of its series (years/use-map-year.ts). */
  classesOverYears?: { from: number; to: number };
}

export function resolveDisplay(theme: ThemeManifest, indicator: IndicatorManifest | undefined, measure: Measure): Display {
  if (!indicator) {
    return {
      kind: 'score',
      hotColumn: col.themeHot(theme.id),
      pctInterval: [col.themeLo(theme.id), col.themeHi(theme.id)],
      column: col.theme(theme.id),
      reasonColumn: col.themeReason(theme.id),
      reverse: false,
      decimals: 0,
      unit: '',
      title: `${t('theme.score')}: ${theme.label}`,
      subtitle: t('display.score'),
      proxy: theme.proxy,
      indicator: null,
    };
  }
  const proxy = indicator.kind === 'proxy';
  const overlays = { hotColumn: col.hot(indicator.id), pctInterval: [col.pctLo(indicator.id), col.pctHi(indicator.id)] as const };
  if (measure === 'pct') {
    return {
      ...overlays,
      kind: 'pct',
      column: col.percentile(indicator.id),
      reasonColumn: col.reason(indicator.id),
      reverse: false,
      decimals: 0,
      unit: '',
      title: indicator.label,
      subtitle: t('display.pct', { year: indicator.year }),
      proxy,
      indicator,
    };
  }
  const national = indicator.national;
  const vsNational = measure === 'nl' && national !== null ? { vsNational: { national, direction: indicator.direction } } : {};
  return {
    ...vsNational,
    ...overlays,
    kind: 'value',
    column: col.value(indicator.id),
    reasonColumn: col.reason(indicator.id),
    reverse: indicator.direction === 'lower_is_risk',
    decimals: indicator.decimals,
    unit: indicator.unit,
    title: indicator.label,
    subtitle:
      measure === 'nl' && national !== null
        ? t('display.vsNational', { national: fmt.value(national, indicator.unit, indicator.decimals), year: indicator.year })
        : t('display.value', { unit: indicator.unit, year: indicator.year }),
    proxy,
    indicator,
  };
}
