/**
 * /vergelijk: 2–6 regions of one kind side by side — gemeenten or wijken (published values) or politie-eenheden
 * (= RIEC-regio's), veiligheidsregio's, provincies (summed from gemeente counts in DuckDB-WASM) — as a table
 * and as small bar charts, with the national value as reference. The selection lives in the address.
 */
import { CompareExportMenu } from '../compare/CompareExportMenu.tsx';
import { useCallback, useEffect, useMemo } from 'react';
import type { AtlasData } from '../data/atlas-data.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { CompareControls } from '../compare/CompareControls.tsx';
import { compareGroups, kindName } from '../compare/compare-model.ts';
import { weightsOf } from '../weights/weighted-atlas.ts';
import { CompareTable } from '../compare/CompareTable.tsx';
import { CompareCards } from '../compare/CompareCards.tsx';
import { encodeCompare, isAggregateKind, MAX_REGIONS, MIN_REGIONS, parseCompare, type CompareSelection } from '../compare/selection.ts';
import { SimilarGemeenten } from '../compare/SimilarGemeenten.tsx';
import { SmallMultiples } from '../compare/SmallMultiples.tsx';
import { useCompareRegions } from '../compare/use-compare-regions.ts';
import { currentPath, currentSearch, navigate, replaceAddress, useSearch } from '../routing/address.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import '../compare/compare.css';
import { WeightingNote } from '../weights/WeightsBanner.tsx';

const addressOf = (selection: CompareSelection): string => `${currentPath()}?${encodeCompare(selection, currentSearch())}`;

export function ComparePage({ data }: { data: AtlasData }) {
  const manifest = data.manifest;
  const search = useSearch();
  const selection = useMemo(() => parseCompare(search), [search]);
  const { kind, codes } = selection;
  const go = useCallback((next: CompareSelection) => navigate(addressOf(next)), []);
  // The canonical form of the link (dropped codes, niveau filled in), without a new history entry.
  useEffect(() => replaceAddress(addressOf(selection)), [selection]);

  const found = useCompareRegions(data, selection);
  const { regions, candidates } = found;
  const weights = weightsOf(data);
  const groups = useMemo(() => compareGroups(manifest, kind, weights), [manifest, kind, weights]);
  const example = useMemo(
    () =>
      [...candidates]
        .sort((a, b) => b.population - a.population)
        .slice(0, 3)
        .map((e) => e.code),
    [candidates],
  );
  const shown = codes.filter((c) => !found.unknown.includes(c));
  const aggregate = isAggregateKind(kind);

  return (
    <main id="main" className="page compare-page" tabIndex={-1} data-testid="compare-page">
      <header className="compare-head">
        <h1>{t('compare.title')}</h1>
        <p className="muted">{t('compare.intro', { min: MIN_REGIONS, max: MAX_REGIONS })}</p>
        <WeightingNote manifest={manifest} />
      </header>
      {found.errors.length > 0 && <ErrorMessage messages={found.errors} />}

      <div className={`compare-top${kind === 'gemeente' ? ' has-similar' : ''}`}>
        <CompareControls manifest={manifest} selection={selection} found={found} shown={shown} onChange={go} />
        {kind === 'gemeente' && found.gemeente && (
          <SimilarGemeenten gemeente={found.gemeente} chosen={codes} method={manifest.similarityMethod} onCompare={go} />
        )}
      </div>

      {shown.length === 0 ? (
        example.length > 0 && (
          <p className="compare-empty">
            {t('compare.empty')}{' '}
            <button type="button" className="link-button" data-testid="compare-example" onClick={() => go({ kind, codes: example })}>
              {t('compare.example', { names: fmt.list(example.map(found.nameOf)) })}
            </button>
          </p>
        )
      ) : found.loading ? (
        <p role="status" className="muted">
          {aggregate ? t('profile.aggregate.waiting') : t('compare.loading')}
        </p>
      ) : (
        <>
          {regions.length < MIN_REGIONS && <p className="note">{t('compare.needMore')}</p>}
          {aggregate && <p className="muted">{t('profile.aggregate.explain')}</p>}
          <CompareExportMenu catalogue={data.catalogue} groups={groups} regions={regions} kindLabel={kindName(kind)} weights={weights} />
          <CompareTable groups={groups} regions={regions} catalogue={data.catalogue} level={aggregate ? 'gemeente' : kind} kindLabel={kindName(kind)} />
          <CompareCards groups={groups} regions={regions} />
          <SmallMultiples groups={groups} regions={regions} />
        </>
      )}
      <p className="honesty">{manifest.disclaimer}</p>
    </main>
  );
}
