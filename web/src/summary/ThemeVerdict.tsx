/**
 * One plain sentence per theme on the one-pager: is the gemeente clearly different from Nederland (through the
 * theme's numbers) and from its similar gemeenten (through the theme score)? The rule behind "clearly" is said
 * once on the sheet (summary.sig.rule). When the comparison with similar gemeenten cannot be made because a view
 * (custom weights) left out the score's interval, the sentence gets the mark that the legend explains with that
 * view's own line (said here in full to screen readers).
 */
import { col, type ThemeManifest } from '@atlas/contract';
import type { Catalogue } from '../data/manifest.ts';
import type { RegionTable } from '../data/region-table.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { intervalWithheld, themeVsNederland, themeVsSimilar } from './theme-significance.ts';
import { WithheldMark } from './WithheldMark.tsx';

interface Props {
  catalogue: Catalogue;
  theme: ThemeManifest;
  gemeente: RegionTable;
  row: number;
  similarRows: readonly number[];
}

export function ThemeVerdict({ catalogue, theme, gemeente, row, similarRows }: Props) {
  const vsNl = themeVsNederland(catalogue, theme, gemeente, row);
  const similar = themeVsSimilar(
    gemeente.number(col.themeLo(theme.id), row),
    gemeente.number(col.themeHi(theme.id), row),
    similarRows.flatMap((r) => gemeente.number(col.theme(theme.id), r) ?? []),
  );
  const nl =
    vsNl.compared === 0
      ? t('summary.sig.nl.none')
      : t('summary.sig.nl', { higher: fmt.integer(vsNl.higher.length), lower: fmt.integer(vsNl.lower.length), total: fmt.integer(vsNl.compared) });
  const sim = t(similar !== null ? `summary.sig.similar.${similar}` : vsNl.compared === 0 ? 'summary.sig.similar.none' : 'summary.sig.similar.unknown');
  const why = similar === null && vsNl.compared > 0 ? intervalWithheld(gemeente, theme) : null;
  const detail = [...vsNl.higher.map((l) => `${l} ▲`), ...vsNl.lower.map((l) => `${l} ▼`)].join(', ');
  return (
    <p className="sum-verdict" data-testid={`summary-verdict-${theme.id}`} data-similar={similar ?? 'none'} {...(detail ? { title: detail } : {})}>
      {nl}; {sim}
      {why && <WithheldMark why={why} testId={`summary-withheld-${theme.id}`} />}
    </p>
  );
}
