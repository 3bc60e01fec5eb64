/**
 * /vergelijk: 2–6 regions of one kind side by side — gemeenten or wijken (published values) or politie-eenheden
 * (= RIEC-regio's), veiligheidsregio's, provincies (summed from gemeente counts in DuckDB-WASM) — as a table
 * and as small bar charts, with the national value as reference. The selection lives in the URL.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Aggregate } from '@atlas/contract';
import type { AggregateRegion, AtlasData } from '../data/atlas-data.ts';
import { dataErrorMessage } from '../data/errors.ts';
import type { RegionTable } from '../data/region-table.ts';
import { aggregateIndex } from '../data/regions.ts';
import { t } from '../i18n/nl.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { Search } from '../search/Search.tsx';
import { makeEntry, type SearchEntry } from '../search/search-index.ts';
import { Segmented } from '../ui/Segmented.tsx';
import { navigate, useLocationSearch } from '../routing/router.ts';
import { regionColor } from '../compare/chart-scale.ts';
import { compareGroups, regionFromAggregate, regionFromTable, type CompareRegion } from '../compare/compare-model.ts';
import { CompareTable } from '../compare/CompareTable.tsx';
import {
  addRegion,
  COMPARE_KINDS,
  encodeCompare,
  isAggregateKind,
  MAX_REGIONS,
  MIN_REGIONS,
  parseCompare,
  removeRegion,
  type CompareKind,
  type CompareSelection,
} from '../compare/selection.ts';
import { SimilarGemeenten } from '../compare/SimilarGemeenten.tsx';
import { SmallMultiples } from '../compare/SmallMultiples.tsx';
import '../compare/compare.css';

type TableKind = 'gemeente' | 'wijk';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const joinNl = (names: readonly string[]): string => (names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`);

export function ComparePage({ data }: { data: AtlasData }) {
  const manifest = data.manifest;
  const search = useLocationSearch();
  const selection = useMemo(() => parseCompare(search), [search]);
  const { kind, codes } = selection;

  const go = useCallback((next: CompareSelection) => navigate(`${location.pathname}?${encodeCompare(next)}`), []);

  // The canonical form of the link (dropped codes, niveau filled in), without a new history entry.
  useEffect(() => {
    const canonical = `${location.pathname}?${encodeCompare(selection)}`;
    if (canonical !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', canonical);
  }, [selection]);

  const [tables, setTables] = useState<Partial<Record<TableKind, RegionTable>>>({});
  const [aggregates, setAggregates] = useState<Partial<Record<Aggregate, Map<string, AggregateRegion>>>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const fail = useCallback((message: string) => setErrors((p) => (p.includes(message) ? p : [...p, message])), []);

  const loadTable = useCallback(
    (level: TableKind) => {
      data
        .table(level)
        .then((tbl) => setTables((p) => (p[level] === tbl ? p : { ...p, [level]: tbl })))
        .catch((e: unknown) => fail(dataErrorMessage(e)));
    },
    [data, fail],
  );
  useEffect(() => loadTable('gemeente'), [loadTable]);
  useEffect(() => {
    if (kind === 'wijk') loadTable('wijk');
  }, [kind, loadTable]);
  useEffect(() => {
    if (!isAggregateKind(kind)) return;
    let live = true;
    data
      .aggregates(kind)
      .then((rows) => live && setAggregates((p) => ({ ...p, [kind]: new Map(rows.map((r) => [r.code, r])) })))
      .catch((e: unknown) => live && fail(t('error.duckdb', { detail: e instanceof Error ? e.message : String(e) })));
    return () => {
      live = false;
    };
  }, [data, kind, fail]);

  const gemeente = tables.gemeente ?? null;
  const aggregateNames = useMemo(() => (gemeente ? aggregateIndex(gemeente) : null), [gemeente]);

  // Everything that can be chosen for this kind, for the picker and the example.
  const candidates = useMemo<SearchEntry[]>(() => {
    if (kind === 'gemeente' || kind === 'wijk') {
      const tbl = tables[kind];
      if (!tbl) return [];
      const gem = tbl.strings('gemeente_name');
      const pop = tbl.numbers('population');
      return tbl.codes.map((code, i) => makeEntry(code, tbl.names[i]!, kind, kind === 'wijk' ? (gem[i] ?? null) : null, pop[i]!));
    }
    if (!aggregateNames) return [];
    return [...aggregateNames].filter(([, a]) => a.kind === kind).map(([code, a]) => makeEntry(code, a.name, a.kind, null, a.members));
  }, [kind, tables, aggregateNames]);
  const pickable = useMemo(() => candidates.filter((e) => !codes.includes(e.code)), [candidates, codes]);

  // The chosen regions that can be shown; codes not in the data are reported, not silently shown as empty.
  const { regions, loading, unknown } = useMemo(() => {
    const out: CompareRegion[] = [];
    const missing: string[] = [];
    let waiting = false;
    for (const code of codes) {
      if (kind === 'gemeente' || kind === 'wijk') {
        const tbl = tables[kind];
        if (!tbl) waiting = true;
        else {
          const region = regionFromTable(tbl, code, manifest);
          if (region) out.push(region);
          else missing.push(code);
        }
      } else {
        const byCode = aggregates[kind];
        if (!byCode) waiting = true;
        else {
          const agg = byCode.get(code);
          if (agg) out.push(regionFromAggregate(agg));
          else missing.push(code);
        }
      }
    }
    return { regions: out, loading: waiting, unknown: missing };
  }, [codes, kind, tables, aggregates, manifest]);

  const nameOf = (code: string): string => {
    const region = regions.find((r) => r.code === code);
    if (region) return region.name;
    const entry = candidates.find((e) => e.code === code);
    return entry?.name ?? code;
  };

  const groups = useMemo(() => compareGroups(manifest, kind), [manifest, kind]);
  const kindLabel = t(`level.${kind}`);
  const aggregateNote = isAggregateKind(kind) ? manifest.aggregates.find((a) => a.id === kind)?.note : undefined;
  const example = useMemo(
    () =>
      [...candidates]
        .sort((a, b) => b.population - a.population)
        .slice(0, 3)
        .map((e) => e.code),
    [candidates],
  );
  const shown = codes.filter((c) => !unknown.includes(c));

  return (
    <main id="main" className="page compare-page" tabIndex={-1} data-testid="compare-page">
      <header className="compare-head">
        <h1>{t('compare.title')}</h1>
        <p className="muted">{t('compare.intro', { min: MIN_REGIONS, max: MAX_REGIONS })}</p>
      </header>
      {errors.length > 0 && <ErrorMessage messages={errors} />}

      <div className={`compare-top${kind === 'gemeente' ? ' has-similar' : ''}`}>
        <section className="compare-card compare-controls" aria-label={t('compare.chosen')}>
          <Segmented<CompareKind>
            label={t('compare.kind')}
            value={kind}
            onChange={(k) => k !== kind && go({ kind: k, codes: [] })}
            options={COMPARE_KINDS.map((k) => ({ value: k, label: t(`level.${k}`), testId: `compare-kind-${k}` }))}
          />
          {aggregateNote && <p className="note">{aggregateNote}</p>}
          <div className="compare-pick">
            <Search
              key={kind}
              entries={pickable}
              complete={candidates.length > 0}
              onChoose={(e) => go(addRegion(selection, e.code))}
              label={`${t('compare.add')} (${lowerFirst(kindLabel)})`}
              placeholder={t('compare.add.placeholder')}
              testId="compare-search"
              clearOnChoose
              disabled={codes.length >= MAX_REGIONS}
            />
            <span className="muted small" aria-live="polite">
              {codes.length >= MAX_REGIONS ? t('compare.full', { max: MAX_REGIONS }) : t('compare.count', { count: shown.length, max: MAX_REGIONS })}
            </span>
          </div>
          {shown.length > 0 && (
            <ul className="plain chips" aria-label={t('compare.chosen')} data-testid="compare-chips">
              {shown.map((code) => {
                const index = regions.findIndex((r) => r.code === code);
                const name = nameOf(code);
                return (
                  <li key={code} className="chip" data-code={code}>
                    <span className="region-swatch" aria-hidden="true" style={{ background: index >= 0 ? regionColor(index) : '#b7c0c9' }} />
                    <span className="chip-name">{name}</span>
                    <button type="button" className="chip-remove" aria-label={t('compare.remove', { name })} onClick={() => go(removeRegion(selection, code))}>
                      <span aria-hidden="true">×</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {unknown.length > 0 && <p className="missing small">{t('compare.unknown', { codes: unknown.join(', ') })}</p>}
        </section>
        {kind === 'gemeente' && gemeente && (
          <SimilarGemeenten gemeente={gemeente} chosen={codes} method={manifest.similarityMethod} onCompare={go} />
        )}
      </div>

      {shown.length === 0 ? (
        example.length > 0 && (
          <p className="compare-empty">
            {t('compare.empty')}{' '}
            <button type="button" className="link-button" data-testid="compare-example" onClick={() => go({ kind, codes: example })}>
              {t('compare.example', { names: joinNl(example.map(nameOf)) })}
            </button>
          </p>
        )
      ) : loading ? (
        <p role="status" className="muted">
          {isAggregateKind(kind) ? t('profile.aggregate.waiting') : t('compare.loading')}
        </p>
      ) : (
        <>
          {regions.length < MIN_REGIONS && <p className="note">{t('compare.needMore')}</p>}
          {isAggregateKind(kind) && <p className="muted">{t('profile.aggregate.explain')}</p>}
          <CompareTable groups={groups} regions={regions} catalogue={data.catalogue} level={isAggregateKind(kind) ? 'gemeente' : kind} kindLabel={lowerFirst(kindLabel)} />
          <SmallMultiples groups={groups} regions={regions} />
        </>
      )}
      <p className="honesty">{manifest.disclaimer}</p>
    </main>
  );
}
