/**
 * What a trend chart says when a region has no values: the reason the pipeline published for the gap
 * (trends.arrow `reason`), never a guess. Before gap reasons existed every absence read as a herindeling,
 * so Breda — simply not in the 2010–2020 extract — was called "andere gebiedsindeling".
 */
import type { MissingReason } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';

/** The sentence for a region without any value in the series' years. */
export function noSeriesText(name: string, years: string, reason: MissingReason | null): string {
  if (reason === 'not_comparable') return t('trend.none', { name, years });
  if (reason === 'missing_in_source') return t('trend.none.absent', { name, years });
  if (reason === null) return t('years.trend.none', { name, years });
  return t('trend.none.reason', { name, years, reason: fmt.missing(reason) });
}

/** The caption line for some missing years, with the reason when the pipeline gave one. */
export function missingYearsText(name: string, years: string, reason: MissingReason | null): string {
  return reason === null ? t('trend.missing', { name, years }) : t('trend.missing.reason', { name, years, reason: fmt.missing(reason) });
}
