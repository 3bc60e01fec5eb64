/**
 * What the map shows, resolved from the state: which column colours the regions, which column says why a
 * value is missing, and how to label and format it.
 */
import { col, type IndicatorManifest, type ThemeManifest } from '@atlas/contract';
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
}

export function resolveDisplay(theme: ThemeManifest, indicator: IndicatorManifest | undefined, measure: Measure): Display {
  if (!indicator) {
    return {
      kind: 'score',
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
  if (measure === 'pct') {
    return {
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
  return {
    kind: 'value',
    column: col.value(indicator.id),
    reasonColumn: col.reason(indicator.id),
    reverse: indicator.direction === 'lower_is_risk',
    decimals: indicator.decimals,
    unit: indicator.unit,
    title: indicator.label,
    subtitle: t('display.value', { unit: indicator.unit, year: indicator.year }),
    proxy,
    indicator,
  };
}
