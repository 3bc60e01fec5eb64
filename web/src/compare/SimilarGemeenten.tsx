/**
 * "Vergelijkbare gemeenten" for one chosen gemeente: the five published in gemeente.arrow (similar_gemeenten,
 * nearest first), the method from the manifest, and one button that compares the gemeente with all five.
 */
import { useId, useState } from 'react';
import type { RegionTable } from '../data/region-table.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { InfoPopover } from '../ui/InfoPopover.tsx';
import { parseSimilar, withSimilar, type CompareSelection } from './selection.ts';

interface Props {
  gemeente: RegionTable;
  /** Chosen gemeente codes; the panel describes one of them (the first by default). */
  chosen: readonly string[];
  method: string;
  onCompare(selection: CompareSelection): void;
}

export function SimilarGemeenten({ gemeente, chosen, method, onCompare }: Props) {
  const present = chosen.filter((c) => gemeente.row(c) !== undefined);
  const [picked, setPicked] = useState<string | null>(null);
  const selectId = useId();
  const code = picked && present.includes(picked) ? picked : (present[0] ?? null);
  const row = code ? gemeente.row(code) : undefined;
  const similarValue = row === undefined ? null : gemeente.string('similar_gemeenten', row);
  const similar = parseSimilar(similarValue).flatMap((c) => {
    const r = gemeente.row(c);
    return r === undefined ? [] : [{ code: c, row: r }];
  });

  return (
    <section className="compare-card similar" aria-labelledby="similar-title" data-testid="similar">
      <div className="similar-head">
        <h2 id="similar-title" className="compare-h3">
          {t('compare.similar.title')}
        </h2>
        <InfoPopover label={t('compare.similar.method')}>
          <p>{method}</p>
        </InfoPopover>
      </div>
      {!code || row === undefined ? (
        <p className="muted">{t('compare.similar.pick')}</p>
      ) : (
        <>
          <div className="similar-for">
            <label htmlFor={selectId}>{t('compare.similar.for')}</label>
            {present.length > 1 ? (
              <select id={selectId} value={code} onChange={(e) => setPicked(e.target.value)} data-testid="similar-for">
                {present.map((c) => (
                  <option key={c} value={c}>
                    {gemeente.names[gemeente.row(c) ?? -1] ?? c}
                  </option>
                ))}
              </select>
            ) : (
              <strong id={selectId}>{gemeente.names[row]}</strong>
            )}
          </div>
          {similar.length === 0 ? (
            <p className="muted">{t('compare.similar.none')}</p>
          ) : (
            <>
              <ol className="similar-list" data-testid="similar-list">
                {similar.map(({ code: c, row: r }) => {
                  return (
                    <li key={c} data-code={c}>
                      <span className="similar-name">{gemeente.names[r]}</span>
                      <span className="similar-pop">
                        {fmt.integer(gemeente.number('population', r))} {t('profile.population').toLowerCase()}
                      </span>
                    </li>
                  );
                })}
              </ol>
              <button type="button" className="button" data-testid="similar-compare" onClick={() => onCompare(withSimilar(code, similarValue))}>
                {t('compare.similar.button')}
              </button>
            </>
          )}
        </>
      )}
    </section>
  );
}
