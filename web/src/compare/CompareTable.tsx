/**
 * The comparison as a table: per theme its score and its indicators, one column per chosen region and one
 * for Nederland. Each row's "i" opens the same explanation as on the map page.
 */
import type { Level } from '@atlas/contract';
import type { Catalogue } from '../data/manifest.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { IndicatorExplanation, ThemeExplanation } from '../explain/explain.tsx';
import { InfoPopover } from '../ui/InfoPopover.tsx';
import { PercentileBar } from '../ui/PercentileBar.tsx';
import { regionColor } from './chart-scale.ts';
import { cellText, valueText, type CompareGroup, type CompareRegion, type CompareRow } from './compare-model.ts';

interface Props {
  groups: readonly CompareGroup[];
  regions: readonly CompareRegion[];
  catalogue: Catalogue;
  /** Level whose formulas the explanations show (aggregates are summed from gemeenten). */
  level: Level;
  kindLabel: string;
}

export function CompareTable({ groups, regions, catalogue, level, kindLabel }: Props) {
  const span = regions.length + 2;
  return (
    <section className="compare-section compare-table-section" aria-labelledby="compare-table-title">
      <h2 id="compare-table-title" className="compare-h2">
        {t('compare.table.title')}
      </h2>
      <div className="compare-table-wrap">
        <table className="data-table compare-table" data-testid="compare-table">
          <caption>{t('compare.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="compare-ind-col">
                {t('compare.col.indicator')}
              </th>
              {regions.map((r, i) => (
                <th key={r.code} scope="col" className="num" data-testid={`compare-col-${r.code}`}>
                  <span className="region-head">
                    <span className="region-swatch" aria-hidden="true" style={{ background: regionColor(i) }} />
                    <span className="region-head-name">{r.name}</span>
                  </span>
                  {r.context && <span className="region-head-context">{r.context}</span>}
                </th>
              ))}
              <th scope="col" className="num compare-national" data-testid="compare-col-national">
                {t('compare.col.national')}
              </th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.theme.id} data-testid={`compare-group-${g.theme.id}`}>
              <tr className="compare-group-head">
                <th scope="colgroup" colSpan={span}>
                  <span className="compare-group-title">
                    {g.theme.label}
                    {g.theme.proxy && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
                    <InfoPopover label={g.theme.label}>
                      <ThemeExplanation theme={g.theme} catalogue={catalogue} />
                    </InfoPopover>
                  </span>
                </th>
              </tr>
              {g.rows.map((row) => (
                <Row key={row.key} row={row} regions={regions} catalogue={catalogue} level={level} />
              ))}
              {g.unavailable.length > 0 && (
                <tr className="compare-unavailable">
                  <td colSpan={span} className="muted small">
                    {t('compare.unavailable', { kind: kindLabel, list: g.unavailable.map((i) => i.label).join(', ') })}
                  </td>
                </tr>
              )}
            </tbody>
          ))}
        </table>
      </div>
      {groups.some((g) => g.rows.some((r) => r.kind === 'theme')) && <p className="muted small">{t('compare.national.scoreNote')}</p>}
    </section>
  );
}

function Row({ row, regions, catalogue, level }: { row: CompareRow; regions: readonly CompareRegion[]; catalogue: Catalogue; level: Level }) {
  return (
    <tr className={row.kind === 'theme' ? 'compare-score-row' : undefined} data-testid={`compare-row-${row.theme.id}-${row.key}`}>
      <th scope="row">
        {row.kind === 'theme' ? (
          <span className="compare-row-head">
            <span>
              <span className="compare-row-label">{t('theme.score')}</span>
              <span className="compare-row-unit">{t('compare.themeScore.unit')}</span>
            </span>
          </span>
        ) : (
          <span className="compare-row-head">
            <span>
              <span className="compare-row-label">
                {row.indicator.label}
                {row.indicator.kind === 'proxy' && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
              </span>
              <span className="compare-row-unit">
                {row.indicator.unit ? `${row.indicator.unit} · ` : ''}
                {row.indicator.year} · {t('compare.weight', { share: fmt.share(row.weightShare) })}
              </span>
            </span>
            <InfoPopover label={row.indicator.label}>
              <IndicatorExplanation indicator={row.indicator} level={level} catalogue={catalogue} />
            </InfoPopover>
          </span>
        )}
      </th>
      {regions.map((r) => {
        const cell = r.cells.get(row.key);
        const value = cell?.value ?? null;
        const percentile = cell?.percentile ?? null;
        return (
          <td key={r.code} className={`num${value !== null ? '' : ' missing'}`} data-code={r.code}>
            <span className="cmp-value">{cellText(row, cell)}</span>
            {row.kind === 'theme' && value !== null && <PercentileBar value={value} width={92} />}
            {row.kind === 'indicator' && value !== null && percentile !== null && <span className="cmp-pct">{fmt.percentile(percentile)}</span>}
          </td>
        );
      })}
      <td className="num compare-national" data-code="NL">
        {row.kind === 'theme' ? (
          <span className="cmp-value muted">{t('compare.national.score')}</span>
        ) : (
          <span className={`cmp-value${row.indicator.national === null ? ' missing' : ''}`}>
            {row.indicator.national === null ? t('compare.national.none') : valueText(row.indicator.national, row.indicator)}
          </span>
        )}
      </td>
    </tr>
  );
}
