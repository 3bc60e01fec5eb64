/** What the data does not cover: region notes, levels without geometry, indicators missing from levels or from this build; and the time series. */
import type { Manifest, Methode, MethodIndicator } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { seriesDetail } from '../explain/series-text.ts';
import { t } from '../i18n/nl.ts';
import { levelName } from './method-text.ts';

interface Props {
  manifest: Manifest;
  gaps: Methode['gaps'];
  indicators: ReadonlyMap<string, MethodIndicator>;
}

export function GapsSection({ manifest, gaps, indicators }: Props) {
  const labels = (ids: readonly string[]): string => ids.map((id) => indicators.get(id)?.label ?? id).join(', ');
  return (
    <>
      <ul data-testid="method-gaps">
        {manifest.regionNotes.map((n) => (
          <li key={n}>{n}</li>
        ))}
        {manifest.levels.flatMap((l) => (l.geometryNote ? [<li key={l.id}>{l.geometryNote}</li>] : []))}
        {gaps.levels.map((g) => (
          <li key={g.levels.join()}>{t('method.gaps.levels', { levels: fmt.list(g.levels.map(levelName)), list: labels(g.indicators) })}</li>
        ))}
        {gaps.unpublished.length > 0 && <li>{t('method.gaps.unpublished', { list: labels(gaps.unpublished) })}</li>}
      </ul>
      {manifest.trends.length > 0 && (
        <>
          <h3 className="method-h3">{t('method.trends')}</h3>
          <ul>
            {manifest.trends.map((tr) => (
              <li key={tr.id}>
                <strong>{tr.label}</strong>
                {seriesDetail(tr, true)}: {tr.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
