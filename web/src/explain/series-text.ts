/**
 * The line that tells a reader an indicator has a yearly series ("Geregistreerde misdrijven per 1.000 inwoners:
 * 2021–2025 per gemeente, wijk en buurt"): the series label and years from the manifest's trends list, the levels
 * from the indicator's own levels — the trends table holds the series on exactly those levels (pipeline test
 * tests/pipeline/series-published.test.ts), which is also where the map offers the year slider.
 */
import type { Level, Manifest } from '@atlas/contract';
import { t } from '../i18n/nl.ts';

type Trend = Manifest['trends'][number];

/** "2021–2025" for consecutive years, otherwise "2021, 2023 en 2025". */
export function yearsText(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  if (sorted.length > 2 && last - first === sorted.length - 1) return `${first}–${last}`;
  return listText(sorted.map(String));
}

/**
 * " (per 1.000 inwoners, 2021–2025)": what a series' label does not already say of its years and, when asked, its
 * unit ("… (2010–2020)" is not followed by "(2010–2020)" again); '' when it says both.
 */
export function seriesDetail(trend: Pick<Trend, 'label' | 'unit' | 'years'>, withUnit: boolean): string {
  const from = Math.min(...trend.years);
  const to = Math.max(...trend.years);
  const years = from === to ? String(from) : t('method.trends.years', { from, to });
  const detail = [withUnit && !trend.label.includes(trend.unit) ? trend.unit : '', trend.years.length === 0 || trend.label.includes(years) ? '' : years];
  const said = detail.filter(Boolean);
  return said.length ? ` (${said.join(', ')})` : '';
}

/** "gemeente, wijk en buurt" */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t('list.and')} ${items.at(-1) ?? ''}`;
}

/** The series sentence, or null when the indicator has no series or the series has fewer than two published years. */
export function seriesText(seriesId: string | null | undefined, trends: readonly Trend[], levels: readonly Level[]): string | null {
  if (!seriesId) return null;
  const trend = trends.find((s) => s.id === seriesId);
  if (!trend || trend.years.length < 2) return null;
  const levelNames = listText(levels.map((l) => t(`level.${l}`).toLowerCase()));
  return t('info.series.text', { label: trend.label, years: yearsText(trend.years), levels: levelNames });
}
