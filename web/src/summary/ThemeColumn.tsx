/**
 * One theme on the summary: the score with its place among all gemeenten (and the similar ones), the wijken
 * with the strongest signals on a small map and as a top 5, and the indicators that pull the score furthest
 * from 50.
 */
import { useMemo } from 'react';
import { col, type ThemeManifest } from '@atlas/contract';
import type { Catalogue } from '../data/manifest.ts';
import type { RegionTable } from '../data/region-table.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { CLASS_COLORS, MISSING_COLOR, classOf, colorIndex, quantileBreaks } from '../map/classes.ts';
import { ScoreStrip } from './ScoreStrip.tsx';
import { rankAmong, rankSide, signedPoints, themeParts, topRegions, weighsMost } from './summary-model.ts';
import type { Wijken } from './use-wijken.ts';
import { WijkMap } from './WijkMap.tsx';
import { WithheldMark } from './WithheldMark.tsx';
import type { Weights } from '../weights/weights-url.ts';
import { ThemeVerdict } from './ThemeVerdict.tsx';
import { intervalWithheld, unsureRanks } from './theme-significance.ts';

interface Props {
  catalogue: Catalogue;
  theme: ThemeManifest;
  gemeente: RegionTable;
  row: number;
  similarRows: readonly number[];
  wijken: Wijken | null;
  /** The wijk files have loaded (or failed). */
  wijkenDone: boolean;
  /** Leave out every wijk name (?zonder-wijknamen): the map keeps its numbers, the list goes. */
  anonymous: boolean;
  /** The custom weights the gemeente's scores were made with (none: the catalogue's). */
  weights: Weights;
}

/** How many wijken are named (and numbered on the map) per theme. */
const TOP = 3;
/** How many indicators "weigh most" per theme. */
const WEIGHS = 2;

export function ThemeColumn({ catalogue, theme, gemeente, row, similarRows, wijken, wijkenDone, anonymous, weights }: Props) {
  const name = gemeente.names[row] ?? '';
  const column = col.theme(theme.id);
  const score = gemeente.number(column, row);
  const all = gemeente.numbers(column);
  const rank = score === null ? null : rankAmong(all, score);
  const side = rank && rankSide(rank);
  const total = catalogue.themeIndicators(theme).length;
  const count = gemeente.number(col.themeCount(theme.id), row);
  // without a score (too little weight with a value) there is nothing for the indicators to pull
  const weighs = (score === null ? [] : weighsMost(themeParts(catalogue, theme, gemeente, row, weights), WEIGHS)).flatMap((c) => {
    const indicator = catalogue.indicator(c.id);
    return indicator ? [{ ...c, indicator }] : [];
  });

  const wijkScores = wijken?.table.numbers(column) ?? null;
  const breaks = useMemo(() => (wijkScores ? quantileBreaks(wijkScores) : null), [wijkScores]);
  const top = wijken
    ? topRegions(
        wijken.rows.map((r) => ({ code: wijken.table.codes[r] ?? '', name: wijken.table.names[r] ?? '', value: wijken.table.number(column, r) })),
        TOP,
      )
    : [];
  const unsure = wijken
    ? unsureRanks(
        wijken.table,
        theme,
        top.map((w) => w.code),
      )
    : [];
  // Custom weights leave the wijken's intervals out: no rank can be marked unsure; the heading's mark says why.
  const withheld = wijken && top.length > 0 ? intervalWithheld(wijken.table, theme) : null;
  const unsureNames = top.filter((w) => unsure.includes(w.code)).map((w) => w.name);
  const fill = (wijkCode: string): string => {
    const r = wijken?.table.row(wijkCode);
    const v = r === undefined || !wijkScores ? NaN : (wijkScores[r] ?? NaN);
    return breaks && Number.isFinite(v) ? (CLASS_COLORS[colorIndex(breaks, classOf(breaks, v))] ?? MISSING_COLOR) : MISSING_COLOR;
  };

  return (
    <section className="sum-theme" aria-labelledby={`sum-theme-${theme.id}`} data-testid={`summary-theme-${theme.id}`}>
      <h2 id={`sum-theme-${theme.id}`} className="sum-theme-title">
        {theme.label}
        {theme.proxy && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
      </h2>
      <p className="sum-proxy" {...(theme.proxy ? { 'data-testid': `summary-proxy-${theme.id}` } : {})}>
        {theme.proxy ? t('summary.proxy') : ''}
      </p>
      <div className="sum-score-block">
        <div className="sum-score-row">
          <p className="sum-score">
            <span className="sum-score-num" data-testid={`summary-score-${theme.id}`}>
              {score === null ? '–' : fmt.score(score)}
            </span>
            <span className="sum-score-of">{score === null ? fmt.missing(gemeente.string(col.themeReason(theme.id), row)) : t('summary.outOf')}</span>
          </p>
          {score !== null && rank && (
            <ScoreStrip
              all={all}
              value={score}
              similar={similarRows.flatMap((r) => {
                const v = gemeente.number(column, r);
                return v === null ? [] : [v];
              })}
              name={name}
              total={rank.total}
              width={150}
            />
          )}
        </div>
        {rank && side && (
          <p className="sum-rank" data-testid={`summary-rank-${theme.id}`}>
            {t(side.side === 'high' ? 'summary.rank.high' : 'summary.rank.low', { n: fmt.integer(side.n), total: fmt.integer(rank.total) })}
          </p>
        )}
        <p className="sum-count">{t('summary.count', { n: fmt.integer(count), total: fmt.integer(total) })}</p>
        <ThemeVerdict catalogue={catalogue} theme={theme} gemeente={gemeente} row={row} similarRows={similarRows} />
      </div>
      <div className="sum-wijken">
        <h3 className="sum-h3">
          {t('summary.wijken')}
          {withheld && <WithheldMark why={withheld} testId={`summary-unsure-withheld-${theme.id}`} />}
        </h3>
        {wijken?.bbox && wijken.features.length > 0 && (
          <WijkMap
            features={wijken.features}
            bbox={wijken.bbox}
            fill={fill}
            markers={top.map((w) => w.code)}
            label={t('summary.map.aria', { name, theme: theme.label, n: TOP })}
            named={!anonymous}
            width={230}
            height={106}
          />
        )}
      </div>
      <div className="sum-top-block">
        {!wijkenDone ? (
          <p className="muted small">{t('app.loading')}</p>
        ) : top.length === 0 ? (
          <p className="muted small">{t('summary.wijken.none')}</p>
        ) : anonymous ? null : (
          <ol className="sum-top" data-testid={`summary-top-${theme.id}`}>
            {top.map((w) => (
              <li key={w.code} data-code={w.code}>
                <span className="sum-top-name">
                  {w.name}
                  {unsure.includes(w.code) && <span aria-hidden="true">*</span>}
                </span>
                <span className="sum-top-score">{fmt.score(w.value)}</span>
              </li>
            ))}
          </ol>
        )}
        {unsure.length > 0 && (
          <p className="sum-unsure" data-testid={`summary-unsure-${theme.id}`}>
            {t(anonymous ? 'summary.unsure.plain' : 'summary.unsure')}
            <span className="sr-only"> {t('summary.unsure.title', { names: anonymous ? t('summary.unsure.some') : fmt.list(unsureNames) })}</span>
          </p>
        )}
      </div>
      {weighs.length > 0 && (
        <div className="sum-weighs-block">
          <h3 className="sum-h3 sum-h3-split">
            <span>{t('summary.weighs')}</span>
            <span>{t('summary.weighs.col')}</span>
          </h3>
          <ol className="sum-weighs" data-testid={`summary-weighs-${theme.id}`}>
            {weighs.map(({ id, points, percentile, indicator }) => (
              <li key={id} data-id={id}>
                <span className="sum-weighs-item">
                  <span className="sum-weighs-label">
                    {indicator.label}
                    {indicator.kind === 'proxy' && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
                  </span>
                  <span className="sum-weighs-points" title={t('summary.weighs.points', { points: signedPoints(points) })}>
                    {signedPoints(points)}
                  </span>
                  <span className="sum-weighs-meta">
                    {t('summary.weighs.pct', { pct: fmt.score(percentile) })} ·{' '}
                    {fmt.value(gemeente.number(col.value(id), row), indicator.unit, indicator.decimals)}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
