/** Regions per level with their geometry, and how sources on another layout were joined to the 2024 one. */
import type { Manifest } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { levelName } from './method-text.ts';

export function RegionsSection({ manifest }: { manifest: Manifest }) {
  const sourceTitle = (id: string): string => manifest.sources.find((s) => s.id === id)?.title ?? id;
  const { population } = manifest;
  return (
    <>
      <div className="method-table-wrap">
        <table className="data-table method-table" data-testid="method-levels">
          <caption>{t('method.levels.caption', { year: manifest.boundaryYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('method.col.level')}</th>
              <th scope="col" className="num">
                {t('method.col.regions')}
              </th>
              <th scope="col" className="num">
                {t('method.col.geometry')}
              </th>
              <th scope="col">{t('method.col.note')}</th>
            </tr>
          </thead>
          <tbody>
            {manifest.levels.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.label}</th>
                <td className="num">{fmt.integer(l.rows)}</td>
                <td className="num">{fmt.integer(l.withGeometry)}</td>
                <td>{l.geometryNote ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {population && (
        <p id="inwoners" data-testid="method-population">
          <strong>{`${t('profile.population')}. `}</strong>
          {population.explanation} {t('method.population.source', { date: fmt.date(population.date) })}{' '}
          <a href={`#source-${population.sourceId}`}>{sourceTitle(population.sourceId)}</a>, {t('population.variable').toLowerCase()}{' '}
          <code>{population.variable}</code>.
        </p>
      )}
      {manifest.levels.map((l) =>
        l.geometry?.method ? (
          <p key={l.id} id={`grenzen-${l.id}`} data-testid={`method-geometry-${l.id}`}>
            {l.geometry.approximate && <strong>{`${l.label}: ${t('map.approximateBorders')}. `}</strong>}
            {l.geometry.method} ({l.geometry.source})
          </p>
        ) : null,
      )}
      <div className="method-table-wrap">
        <table className="data-table method-table" data-testid="method-joins">
          <caption>{t('method.joins.caption', { year: manifest.boundaryYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('method.col.source')}</th>
              <th scope="col">{t('method.col.level')}</th>
              <th scope="col" className="num">
                {t('method.col.matched')}
              </th>
              <th scope="col" className="num">
                {t('method.col.unmatched')}
              </th>
              <th scope="col">{t('method.col.rule')}</th>
            </tr>
          </thead>
          <tbody>
            {manifest.joins.map((j) => (
              <tr key={`${j.sourceId}-${j.level}`}>
                <th scope="row">
                  <a href={`#source-${j.sourceId}`}>{sourceTitle(j.sourceId)}</a>
                </th>
                <td>{levelName(j.level)}</td>
                <td className="num">{fmt.integer(j.matched)}</td>
                <td className="num">{fmt.integer(j.unmatched)}</td>
                <td>{j.rule}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
