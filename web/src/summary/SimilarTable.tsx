/**
 * The gemeente beside its five published "vergelijkbare gemeenten" and the median of all gemeenten:
 * inhabitants and the three theme scores.
 */
import { median } from 'd3-array';
import { col, type ThemeManifest } from '@atlas/contract';
import type { RegionTable } from '../data/region-table.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';

interface Props {
  gemeente: RegionTable;
  row: number;
  similarRows: readonly number[];
  themes: readonly ThemeManifest[];
}

export function SimilarTable({ gemeente, row, similarRows, themes }: Props) {
  return (
    <section aria-labelledby="sum-similar-title" data-testid="summary-similar">
      <h2 id="sum-similar-title" className="sum-h2">
        {t('summary.similar')}
      </h2>
      {similarRows.length === 0 ? (
        <p className="muted">{t('summary.similar.none')}</p>
      ) : (
        <table className="sum-table">
          <thead>
            <tr>
              <th scope="col">{t('summary.col.gemeente')}</th>
              <th scope="col" className="num">
                {t('summary.col.population')}
              </th>
              {themes.map((th) => (
                <th key={th.id} scope="col" className="num">
                  {th.label}
                  {th.proxy && ` (${t('theme.proxy')})`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[row, ...similarRows].map((r) => (
              <tr key={gemeente.codes[r]} className={r === row ? 'is-self' : undefined} data-code={gemeente.codes[r]}>
                <th scope="row">{gemeente.names[r]}</th>
                <td className="num">{fmt.integer(gemeente.number('population', r))}</td>
                {themes.map((th) => (
                  <td key={th.id} className="num">
                    {fmt.score(gemeente.number(col.theme(th.id), r))}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="is-median">
              <th scope="row">{t('summary.similar.median')}</th>
              <td className="num">{fmt.integer(median(gemeente.numbers('population')))}</td>
              {themes.map((th) => (
                <td key={th.id} className="num">
                  {fmt.score(median(gemeente.numbers(col.theme(th.id))))}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
      <p className="sum-note sum-similar-note">{t('summary.similar.note')}</p>
    </section>
  );
}
