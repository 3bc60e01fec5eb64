/**
 * Small multiples on /vergelijk: one SVG bar chart per indicator (and per theme score), the chosen regions as
 * bars in their own colours, the national value as a dashed reference line. Missing values get no bar, only
 * their reason in words. A value with a 95 % interval gets a whisker over its bar, and ▲/▼ after the number
 * when the interval lies wholly above/below Nederland (spelled out for screen readers in the chart's label).
 * A view that left intervals out (custom weights: the theme scores' intervals) says why under the legend.
 */
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { barDomain, barExtent, barScale, CHART_LAYOUT as L, chartHeight, fitLabel, regionColor } from './chart-scale.ts';
import { missingShort, missingText, withheldLines, type CompareCell, type CompareGroup, type CompareRegion, type CompareRow } from './compare-model.ts';
import { significanceMark, significanceText, whiskerExtent } from './whiskers.ts';

interface Props {
  groups: readonly CompareGroup[];
  regions: readonly CompareRegion[];
}

export function SmallMultiples({ groups, regions }: Props) {
  const withheld = withheldLines(regions);
  return (
    <section className="compare-section" aria-labelledby="compare-charts-title" data-testid="compare-charts">
      <h2 id="compare-charts-title" className="compare-h2">
        {t('compare.charts.title')}
      </h2>
      <p className="muted">{t('compare.charts.intro')}</p>
      <p className="muted small chart-legend" data-testid="compare-charts-legend">
        <svg width="34" height="12" aria-hidden="true" className="chart-legend-whisker">
          <line x1="3" x2="31" y1="6" y2="6" />
          <line x1="3" x2="3" y1="2" y2="10" />
          <line x1="31" x2="31" y1="2" y2="10" />
        </svg>{' '}
        {t('compare.charts.legend')}
      </p>
      {withheld.length > 0 && (
        <p className="muted small chart-legend" data-testid="compare-charts-withheld">
          {withheld.join(' ')}
        </p>
      )}
      {groups
        .filter((g) => g.rows.length > 0)
        .map((g) => (
          <div key={g.theme.id} className="chart-group">
            <h3 className="chart-group-title">
              {g.theme.label}
              {g.theme.proxy && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
            </h3>
            <div className="chart-grid">
              {g.rows.map((row) => (
                <BarChart key={row.key} row={row} regions={regions} />
              ))}
            </div>
          </div>
        ))}
    </section>
  );
}

function BarChart({ row, regions }: { row: CompareRow; regions: readonly CompareRegion[] }) {
  const isTheme = row.kind === 'theme';
  const national = isTheme ? null : row.indicator.national;
  const cells = regions.map((r) => r.cells.get(row.key));
  const values = cells.map((c) => c?.value ?? null);
  // The whiskers must fit too, so the domain holds the bounds as well as the values.
  const bounds = cells.flatMap((c) => (c?.value == null ? [] : [c.lo, c.hi]));
  const x = barScale(barDomain([...values, ...bounds], national, isTheme ? [0, 100] : undefined));
  const decimals = isTheme ? 0 : row.indicator.decimals;
  const number = (v: number | null): string => fmt.number(v, decimals);
  const title = isTheme ? t('compare.themeScore', { theme: row.theme.label }) : row.indicator.label;
  const unit = isTheme ? t('compare.themeScore.unit') : row.indicator.unit;
  const height = chartHeight(regions.length);
  const zero = x(0);
  const summary = t('compare.chart.summary', {
    label: title,
    values: regions
      .map((r, i) => {
        const cell = cells[i];
        return `${r.name} ${cell?.value == null ? missingText(cell?.reason ?? null) : cellSummary(cell, number, isTheme)}`;
      })
      .join(', '),
    national: national === null ? t('compare.national.none') : number(national),
  });
  return (
    <figure className="chart" data-testid={`compare-chart-${row.theme.id}-${row.key}`}>
      <figcaption className="chart-caption">
        <span className="chart-title">{title}</span>
        {unit && <span className="chart-unit">{unit}</span>}
      </figcaption>
      <svg viewBox={`0 0 ${L.width} ${height}`} role="img" aria-label={summary} className="chart-svg">
        <line x1={zero} x2={zero} y1={L.top - 4} y2={height - 4} className="chart-zero" />
        {regions.map((r, i) => {
          const y = L.top + i * L.rowHeight;
          const bar = barExtent(x, values[i] ?? null);
          const cell = cells[i];
          const reason = cell?.reason ?? null;
          const whisker = cell && bar ? whiskerExtent(x, cell) : null;
          const mark = cell ? significanceMark(cell.sig) : '';
          return (
            <g key={r.code} data-code={r.code}>
              <text x={L.barLeft - 6} y={y + 14} textAnchor="end" className="chart-name">
                <title>{r.name}</title>
                {fitLabel(r.name)}
              </text>
              {bar ? (
                <>
                  <rect x={bar.x} y={y + 4} width={Math.max(bar.width, 1)} height={L.rowHeight - 8} fill={regionColor(i)} rx={1.5} />
                  {whisker && (
                    <g className="chart-whisker" data-lo={cell?.lo ?? ''} data-hi={cell?.hi ?? ''}>
                      <line x1={whisker.x1} x2={whisker.x2} y1={y + 10} y2={y + 10} />
                      <line x1={whisker.x1} x2={whisker.x1} y1={y + 5} y2={y + 15} />
                      <line x1={whisker.x2} x2={whisker.x2} y1={y + 5} y2={y + 15} />
                    </g>
                  )}
                  <text x={L.width - 4} y={y + 14} textAnchor="end" className="chart-value" data-sig={cell?.sig ?? ''}>
                    {number(values[i] ?? null)}
                    {mark && <tspan className={`chart-sig chart-sig-${cell?.sig ?? ''}`}>{` ${mark}`}</tspan>}
                    {cell?.sig && <title>{significanceText(cell.sig)}</title>}
                  </text>
                </>
              ) : (
                <text x={L.barLeft + 4} y={y + 14} className="chart-missing" data-missing={reason ?? 'missing'}>
                  <title>{missingText(reason)}</title>
                  {missingShort(reason)}
                </text>
              )}
            </g>
          );
        })}
        {national !== null && (
          <g className="chart-national">
            <line x1={x(national)} x2={x(national)} y1={L.top - 2} y2={height - 4} />
            <text x={Math.min(Math.max(x(national), L.barLeft + 18), L.barRight - 18)} y={11} textAnchor="middle">
              {t('compare.chart.national', { value: number(national) })}
            </text>
          </g>
        )}
      </svg>
    </figure>
  );
}

/** "12,3 (9,8–15,3), significant hoger dan Nederland" for the chart's label; "geen interval" when there is none. */
function cellSummary(cell: CompareCell, number: (v: number | null) => string, isTheme: boolean): string {
  const interval = cell.lo !== null && cell.hi !== null ? ` (${number(cell.lo)}–${number(cell.hi)})` : ` (${cell.withheld ?? t('compare.chart.noInterval')})`;
  const sig = !isTheme && cell.sig ? `, ${significanceText(cell.sig)}` : '';
  return `${number(cell.value)}${interval}${sig}`;
}
