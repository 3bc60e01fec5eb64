/**
 * The comparison on a phone: one card per chosen region, stacked, each row with the region's value and
 * Nederland's beside it, so the reference is on screen wherever the reader is (the table's columns would
 * need sideways scrolling at 390 px). CSS shows either this or the table, never both.
 */
import { t } from '../i18n/nl.ts';
import { regionColor } from './chart-scale.ts';
import { cellText, valueText, type CompareGroup, type CompareRegion, type CompareRow } from './compare-model.ts';
import { significanceMark, significanceText } from './whiskers.ts';

interface Props {
  groups: readonly CompareGroup[];
  regions: readonly CompareRegion[];
}

const nationalText = (row: CompareRow): string =>
  row.kind === 'theme'
    ? t('compare.national.score')
    : row.indicator.national === null
      ? t('compare.national.none')
      : valueText(row.indicator.national, row.indicator);

export function CompareCards({ groups, regions }: Props) {
  const shown = groups.filter((g) => g.rows.length > 0);
  return (
    <section className="compare-section compare-cards" aria-labelledby="compare-cards-title" data-testid="compare-cards">
      <h2 id="compare-cards-title" className="compare-h2">
        {t('compare.table.title')}
      </h2>
      {regions.map((r, i) => (
        <article key={r.code} className="compare-card" data-testid={`compare-card-${r.code}`} aria-labelledby={`compare-card-${r.code}`}>
          <h3 id={`compare-card-${r.code}`} className="compare-card-title">
            <span className="region-swatch" aria-hidden="true" style={{ background: regionColor(i) }} />
            {r.name}
            {r.context && <span className="region-head-context">{r.context}</span>}
          </h3>
          <table className="compare-card-table">
            <thead>
              <tr>
                <th scope="col">{t('compare.col.indicator')}</th>
                <th scope="col" className="num">
                  {r.name}
                </th>
                <th scope="col" className="num compare-card-nl">
                  {t('compare.col.national')}
                </th>
              </tr>
            </thead>
            {shown.map((g) => (
              <tbody key={g.theme.id}>
                <tr className="compare-group-head">
                  <th scope="colgroup" colSpan={3}>
                    {g.theme.label}
                  </th>
                </tr>
                {g.rows.map((row) => {
                  const cell = r.cells.get(row.key);
                  const mark = row.kind === 'indicator' && cell ? significanceMark(cell.sig) : '';
                  return (
                    <tr key={row.key} data-key={row.key}>
                      <th scope="row">{row.kind === 'theme' ? t('theme.score') : row.indicator.label}</th>
                      <td className={`num${cell?.value == null ? ' missing' : ''}`}>
                        {cellText(row, cell)}
                        {mark && cell?.sig && (
                          <span className="chart-sig" title={significanceText(cell.sig)}>
                            {' '}
                            <span aria-hidden="true">{mark}</span>
                            <span className="sr-only">{significanceText(cell.sig)}</span>
                          </span>
                        )}
                      </td>
                      <td className="num compare-card-nl" data-national="">
                        {row.kind === 'indicator' && row.indicator.national === null ? (
                          // A dash keeps the narrow column to one line; the words stay for screen readers and on hover.
                          <span title={t('compare.national.none')}>
                            <span aria-hidden="true">–</span>
                            <span className="sr-only">{t('compare.national.none')}</span>
                          </span>
                        ) : (
                          nationalText(row)
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </article>
      ))}
    </section>
  );
}
