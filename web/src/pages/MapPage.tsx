/**
 * The map explorer at "/": theme tabs, the theme's indicators, the map with legend (or the table), and the
 * profile of the selected region. State lives in the URL (see state/use-url-state.ts).
 *
 * Loading order, for a first map within a second: gemeente table + gemeente geometry + provincie lines;
 * after the first frame, in the background: DuckDB-WASM, the wijk and buurt tables (search, buurt lists)
 * and the wijk geometry (so zooming in switches level without waiting).
 */
import type { Feature } from 'geojson';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { LEVELS, type Aggregate, type Level } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import { dataErrorMessage } from '../data/errors.ts';
import { MapExportMenu } from '../export/MapExportMenu.tsx';
import type { BBox, RegionGeometry } from '../data/geometry.ts';
import type { RegionTable } from '../data/region-table.ts';
import { aggregateIndex, levelOfCode } from '../data/regions.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { Attribution } from '../map/Attribution.tsx';
import { fillColors, legendEntries, quantileBreaks } from '../map/classes.ts';
import { resolveDisplay } from '../map/display.ts';
import { Legend } from '../map/Legend.tsx';
import { MapView, NL_BOUNDS, WIJK_ZOOM, type Choropleth, type MapHandle } from '../map/MapView.tsx';
import { Tooltip } from '../map/Tooltip.tsx';
import { BuurtList } from '../profile/BuurtList.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { IndicatorPanel } from '../theme-panel/IndicatorPanel.tsx';
import { ProfilePanel } from '../profile/ProfilePanel.tsx';
import { Search } from '../search/Search.tsx';
import { makeEntry, type SearchEntry } from '../search/search-index.ts';
import { Segmented } from '../ui/Segmented.tsx';
import type { TableSelection } from '../table/table-spec.ts';
import { TableView } from '../table/TableView.tsx';
import { ThemeTabs } from '../theme-panel/ThemeTabs.tsx';
import { markChange, setHook } from '../instrumentation/test-hooks.ts';
import { encodeState, normalizeState, type AtlasState, type LevelChoice, type ViewMode } from '../routing/url-state.ts';
import { useUrlState } from '../routing/use-url-state.ts';

interface Props {
  data: AtlasData;
  searchSlot: HTMLElement | null;
}

const PANEL_ID = 'theme-panel';

/** Features by code, built once per geometry. */
const featureIndex = new WeakMap<RegionGeometry, Map<string, Feature>>();
function featureOf(geo: RegionGeometry | undefined | null, code: string): Feature | undefined {
  if (!geo) return undefined;
  let idx = featureIndex.get(geo);
  if (!idx) {
    idx = new Map(geo.collection.features.map((f) => [f.properties.code, f as Feature]));
    featureIndex.set(geo, idx);
  }
  return idx.get(code);
}

const idle = (fn: () => void): void => {
  if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 1500 });
  else setTimeout(fn, 200);
};

export function MapPage({ data, searchSlot }: Props) {
  const catalogue = data.catalogue;
  const normalize = useCallback((s: AtlasState) => normalizeState(s, catalogue.manifest), [catalogue]);
  const { state, update, restored } = useUrlState(normalize);
  const mapRef = useRef<MapHandle>(null);

  const theme = catalogue.theme(state.theme) ?? catalogue.manifest.themes[0]!;
  const indicator = catalogue.indicator(state.indicator);
  const display = useMemo(() => resolveDisplay(theme, indicator, state.measure), [theme, indicator, state.measure]);

  // --- level -------------------------------------------------------------------------------------------
  const [zoomedIn, setZoomedIn] = useState((state.view?.zoom ?? 0) >= WIJK_ZOOM);
  const zoomedInRef = useRef(zoomedIn);
  const requested: Level = state.level === 'auto' ? (zoomedIn ? 'wijk' : 'gemeente') : state.level;
  const buurtMap = catalogue.hasGeometry('buurt');
  const mapLevel: Level = requested === 'buurt' && !buurtMap ? 'wijk' : requested;
  const onZoom = useCallback((zoom: number) => {
    const zi = zoom >= WIJK_ZOOM;
    if (zi !== zoomedInRef.current) {
      zoomedInRef.current = zi;
      markChange('level-zoom');
      setZoomedIn(zi);
    }
  }, []);

  // --- loading -----------------------------------------------------------------------------------------
  const [tables, setTables] = useState<Partial<Record<Level, RegionTable>>>({});
  const [geos, setGeos] = useState<Partial<Record<Level, RegionGeometry>>>({});
  const [contexts, setContexts] = useState<Partial<Record<Aggregate, RegionGeometry>>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dbError, setDbError] = useState<string | null>(null);

  const fail = useCallback((key: string, e: unknown) => {
    const message = dataErrorMessage(e);
    setHook('error', message);
    setErrors((p) => (p[key] === message ? p : { ...p, [key]: message }));
  }, []);
  const loadTable = useCallback(
    (level: Level) => {
      data
        .table(level)
        .then((tbl) => setTables((p) => (p[level] === tbl ? p : { ...p, [level]: tbl })))
        .catch((e: unknown) => fail(`table-${level}`, e));
    },
    [data, fail],
  );
  const loadGeo = useCallback(
    (level: Level) => {
      if (level === 'buurt' && !buurtMap) return;
      data
        .geometry(level)
        .then((g) => setGeos((p) => (p[level] === g ? p : { ...p, [level]: g })))
        .catch((e: unknown) => fail(`geo-${level}`, e));
    },
    [data, fail, buurtMap],
  );
  const loadContext = useCallback(
    (kind: Aggregate) => {
      data
        .context(kind)
        .then((g) => setContexts((p) => (p[kind] === g ? p : { ...p, [kind]: g })))
        .catch((e: unknown) => fail(`context-${kind}`, e));
    },
    [data, fail],
  );

  useEffect(() => {
    loadTable(mapLevel);
    loadGeo(mapLevel);
  }, [mapLevel, loadTable, loadGeo]);
  useEffect(() => {
    loadTable('gemeente');
    loadContext('provincie');
  }, [loadTable, loadContext]);
  useEffect(() => {
    if (requested === 'buurt') loadTable('buurt');
  }, [requested, loadTable]);

  // Everything else (DuckDB, the other levels' files) waits until the first map is on screen, so it does not
  // compete with the first view for the network and the main thread.
  const [firstMap, setFirstMap] = useState(false);
  const onRendered = useCallback(() => setFirstMap(true), []);
  const backgroundStarted = useRef(false);
  useEffect(() => {
    if (!firstMap || backgroundStarted.current) return;
    backgroundStarted.current = true;
    idle(() => {
      data
        .database()
        .then(() => setHook('duckdbReady', true))
        .catch((e: unknown) => {
          const detail = e instanceof Error ? e.message : String(e);
          setDbError(t('error.duckdb', { detail }));
        });
      for (const level of LEVELS) loadTable(level);
      loadGeo('wijk');
      loadGeo('gemeente');
    });
  }, [firstMap, data, loadTable, loadGeo]);

  // --- selection ---------------------------------------------------------------------------------------
  const aggregates = useMemo(() => (tables.gemeente ? aggregateIndex(tables.gemeente) : new Map<string, { kind: Aggregate; name: string; members: number }>()), [tables.gemeente]);
  const selection = state.selection;
  const selectionLevel = selection ? levelOfCode(selection) : null;
  const selectionAggregate = selection && !selectionLevel ? aggregates.get(selection)?.kind : undefined;
  useEffect(() => {
    if (selectionLevel) {
      loadTable(selectionLevel);
      if (selectionLevel === 'buurt') loadGeo('wijk');
      else loadGeo(selectionLevel);
    }
    if (selectionAggregate) loadContext(selectionAggregate);
  }, [selectionLevel, selectionAggregate, loadTable, loadGeo, loadContext]);

  const bboxFor = useCallback(
    async (code: string): Promise<BBox | null> => {
      const level = levelOfCode(code);
      if (level === 'gemeente' || level === 'wijk' || (level === 'buurt' && buurtMap)) return (await data.geometry(level)).bboxes.get(code) ?? null;
      if (level === 'buurt') {
        const buurt = await data.table('buurt');
        const row = buurt.row(code);
        const wijk = row === undefined ? null : buurt.string('wijk_code', row);
        return wijk ? ((await data.geometry('wijk')).bboxes.get(wijk) ?? null) : null;
      }
      const kind = aggregates.get(code)?.kind;
      return kind ? ((await data.context(kind)).bboxes.get(code) ?? null) : null;
    },
    [data, aggregates, buurtMap],
  );

  const flyTo = useCallback(
    (code: string) => {
      bboxFor(code)
        .then((b) => b && mapRef.current?.flyTo(b))
        .catch(() => undefined);
    },
    [bboxFor],
  );

  const select = useCallback(
    (code: string | null, opts: { fly?: boolean } = {}) => {
      update((s) => {
        let level: LevelChoice = s.level;
        const lvl = code ? levelOfCode(code) : null;
        // Choosing a wijk or buurt shows that level; a gemeente keeps the user's choice.
        if (opts.fly && (lvl === 'wijk' || lvl === 'buurt') && s.level !== lvl) level = lvl;
        if (level !== s.level) markChange('level');
        return { ...s, selection: code, level };
      });
      if (code && opts.fly) flyTo(code);
    },
    [update, flyTo],
  );

  // A shared link with a selection but no map view: frame the selection once it can be located.
  const initialFly = useRef(!!state.selection && !state.view);
  useEffect(() => {
    if (initialFly.current && state.selection && (aggregates.size > 0 || levelOfCode(state.selection))) {
      initialFly.current = false;
      flyTo(state.selection);
    }
  }, [state.selection, aggregates, flyTo]);

  // Back/forward: put the map where the URL says.
  useEffect(() => {
    if (restored === 0) return;
    markChange('history');
    if (state.view) mapRef.current?.jumpTo(state.view);
    else mapRef.current?.flyTo(NL_BOUNDS);
    // Only on restore; `state.view` is read at that moment on purpose.
  }, [restored]); // eslint-disable-line react-hooks/exhaustive-deps

  const selectionShape = useMemo<Feature[] | null>(() => {
    if (!selection) return null;
    if (selectionLevel === 'buurt') {
      const buurt = tables.buurt;
      const row = buurt?.row(selection);
      const wijk = buurt && row !== undefined ? buurt.string('wijk_code', row) : null;
      const f = buurtMap ? featureOf(geos.buurt, selection) : wijk ? featureOf(geos.wijk, wijk) : undefined;
      return f ? [f] : null;
    }
    if (selectionLevel) {
      const f = featureOf(geos[selectionLevel], selection);
      return f ? [f] : null;
    }
    const f = selectionAggregate ? featureOf(contexts[selectionAggregate], selection) : undefined;
    return f ? [f] : null;
  }, [selection, selectionLevel, selectionAggregate, tables.buurt, geos, contexts, buurtMap]);

  // --- colours -----------------------------------------------------------------------------------------
  const table = tables[mapLevel] ?? null;
  const geo = geos[mapLevel] ?? null;
  const featureRows = useMemo(() => (geo && table ? Int32Array.from(geo.collection.features, (f) => table.row(f.properties.code) ?? -1) : null), [geo, table]);
  const colouring = useMemo(() => {
    if (!table) return null;
    const values = table.numbers(display.column);
    const reasons = table.has(display.reasonColumn) ? table.strings(display.reasonColumn) : null;
    const breaks = quantileBreaks(values);
    return {
      values,
      reasons,
      colors: fillColors(values, reasons, breaks, display.reverse),
      legend: legendEntries(values, reasons, breaks, display.reverse),
      key: `${table.level}:${display.column}:${display.reverse ? 'r' : 'n'}`,
    };
  }, [table, display.column, display.reasonColumn, display.reverse]);
  const belowMin = useMemo(() => {
    const features: Feature[] = [];
    if (geo && featureRows && colouring?.reasons) {
      geo.collection.features.forEach((f, i) => {
        const row = featureRows[i]!;
        if (row >= 0 && Number.isNaN(colouring.values[row]!) && colouring.reasons![row] === 'below_min_population') features.push(f as Feature);
      });
    }
    return { type: 'FeatureCollection' as const, features };
  }, [geo, featureRows, colouring]);
  const choropleth = useMemo<Choropleth | null>(
    () =>
      geo && featureRows && colouring && table?.level === mapLevel
        ? { level: mapLevel, geometry: geo, featureRows, colors: colouring.colors, colorKey: colouring.key, belowMin }
        : null,
    [geo, featureRows, colouring, belowMin, mapLevel, table],
  );

  // What the open table lists, for the exports.
  const [tableSelection, setTableSelection] = useState<TableSelection | null>(null);
  const captureMap = useCallback(() => mapRef.current?.capture() ?? Promise.reject(new Error(t('export.noMap'))), []);

  // --- search ------------------------------------------------------------------------------------------
  const searchEntries = useMemo(() => {
    const out: SearchEntry[] = [];
    for (const level of LEVELS) {
      const tbl = tables[level];
      if (!tbl) continue;
      const gem = tbl.strings('gemeente_name');
      const pop = tbl.numbers('population');
      for (let i = 0; i < tbl.size; i++) out.push(makeEntry(tbl.codes[i]!, tbl.names[i]!, level, level === 'gemeente' ? null : gem[i] ?? null, pop[i]!));
    }
    for (const [code, a] of aggregates) out.push(makeEntry(code, a.name, a.kind, null, 0));
    return out;
  }, [tables, aggregates]);

  // --- handlers ----------------------------------------------------------------------------------------
  const hrefFor = useCallback((code: string) => `${location.pathname}?${encodeState({ ...state, selection: code })}`, [state]);
  const onTheme = useCallback(
    (id: string) => {
      if (id === state.theme) return;
      markChange('theme');
      update({ theme: id, indicator: null, measure: 'pct' });
    },
    [state.theme, update],
  );
  const onIndicator = useCallback(
    (id: string | null) => {
      if (id === state.indicator) return;
      markChange('indicator');
      update({ indicator: id });
    },
    [state.indicator, update],
  );
  const provincies = useMemo(
    () =>
      [...aggregates]
        .filter(([, a]) => a.kind === 'provincie')
        .map(([code, a]) => ({ code, name: a.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [aggregates],
  );

  const fatal = errors[`table-${mapLevel}`] ?? errors[`geo-${mapLevel}`];
  const softErrors = Object.entries(errors)
    .filter(([k]) => k !== `table-${mapLevel}` && k !== `geo-${mapLevel}`)
    .map(([, m]) => m);
  const loadingLevel = !fatal && !choropleth;
  const noBuurtMap = requested === 'buurt' && !buurtMap;
  // With a wijk (or one of its buurten) chosen, its buurten belong in its profile, right under the theme
  // score, where they are in view on every screen size; before that the side panel says to pick a wijk.
  const buurtsInProfile = noBuurtMap && (selectionLevel === 'wijk' || selectionLevel === 'buurt');
  const buurtList = (
    <BuurtList
      buurt={tables.buurt ?? null}
      wijk={tables.wijk ?? null}
      selection={selection}
      display={display}
      note={buurtsInProfile ? null : (catalogue.levelNote('buurt') ?? t('map.noBuurt.body'))}
      heading={buurtsInProfile ? 'h3' : 'h2'}
      onSelect={(code) => select(code)}
    />
  );

  return (
    <>
      {searchSlot &&
        createPortal(
          <Search entries={searchEntries} complete={!!tables.wijk && !!tables.buurt} onChoose={(e) => select(e.code, { fly: true })} />,
          searchSlot,
        )}
      <div className="toolbar">
        <ThemeTabs themes={catalogue.manifest.themes} active={theme.id} panelId={PANEL_ID} onChange={onTheme} />
        <div className="toolbar-right">
          <Segmented<LevelChoice>
            label={t('level.label')}
            value={state.level}
            onChange={(l) => {
              markChange('level');
              update({ level: l });
            }}
            options={[
              { value: 'auto', label: t('level.auto'), hint: t('level.auto.hint'), testId: 'level-auto' },
              ...LEVELS.map((l) => ({ value: l, label: t(`level.${l}`), testId: `level-${l}` })),
            ]}
          />
          <Segmented<ViewMode>
            label={t('view.label')}
            value={state.mode}
            onChange={(mode) => update({ mode })}
            options={[
              { value: 'kaart', label: t('view.map'), testId: 'view-map' },
              { value: 'tabel', label: t('view.table'), testId: 'view-table' },
            ]}
          />
          <MapExportMenu
            data={data}
            theme={theme}
            display={display}
            level={requested}
            table={state.mode === 'tabel' ? tableSelection : null}
            map={choropleth && colouring ? { level: mapLevel, legend: colouring.legend, capture: captureMap } : null}
          />
        </div>
      </div>
      <div className={`workspace${selection ? ' has-selection' : ''}`}>
        <IndicatorPanel
          id={PANEL_ID}
          catalogue={catalogue}
          theme={theme}
          indicatorId={indicator ? indicator.id : null}
          measure={state.measure}
          level={requested}
          onIndicator={onIndicator}
          onMeasure={(m) => {
            markChange('measure');
            update({ measure: m });
          }}
        >
          {noBuurtMap && !buurtsInProfile && buurtList}
          <p className="built muted small">
            {t('footer.built', { date: fmt.date(catalogue.manifest.builtAt), version: catalogue.manifest.pipelineVersion })}
          </p>
        </IndicatorPanel>

        <main id="main" className="main-area" tabIndex={-1}>
          <div className="map-wrap" inert={state.mode === 'tabel'}>
            <MapView
              onRendered={onRendered}
              ref={mapRef}
              choropleth={choropleth}
              provincie={contexts.provincie ?? null}
              gemeenteLines={mapLevel !== 'gemeente' ? (geos.gemeente ?? null) : null}
              selection={selectionShape}
              initialView={state.view}
              label={t('map.label', { indicator: display.title, level: t(`level.${mapLevel}`).toLowerCase() })}
              onSelect={(code) => select(code)}
              onViewChange={(view) => update({ view })}
              onZoom={onZoom}
            />
            {noBuurtMap && (
              <div className="map-banner" role="note" data-testid="no-buurt-map">
                <strong>{t('map.noBuurt.title')}.</strong> {t('map.noBuurt.body')}
              </div>
            )}
            {loadingLevel && (
              <div className="map-loading" role="status">
                {t('map.loadingLevel', { level: t(`level.${mapLevel}`).toLowerCase() })}
              </div>
            )}
            <Tooltip table={table} display={display} themeId={theme.id} />
            {colouring && (
              <Legend
                title={display.title}
                subtitle={display.subtitle}
                entries={colouring.legend}
                decimals={display.decimals}
                reverse={display.reverse}
                proxy={display.proxy}
              />
            )}
            <Attribution lines={catalogue.attributions()} />
            {fatal && <ErrorMessage messages={[fatal, ...softErrors]} />}
            {!fatal && softErrors.length > 0 && (
              <div className="soft-error">
                <ErrorMessage messages={softErrors} />
              </div>
            )}
          </div>
          {state.mode === 'tabel' && (
            <div className="table-overlay">
              {dbError && <p className="note">{dbError}</p>}
              <TableView
                data={data}
                level={requested}
                theme={theme}
                display={display}
                selection={selection}
                provincies={provincies}
                onSelect={(code) => select(code)}
                onSelectionChange={setTableSelection}
              />
            </div>
          )}
        </main>

        <ProfilePanel
          data={data}
          tables={tables}
          aggregates={aggregates}
          code={selection}
          theme={theme}
          display={display}
          mapLevel={mapLevel}
          hrefFor={hrefFor}
          onSelect={(code) => select(code, { fly: true })}
          onIndicator={onIndicator}
          onClose={() => select(null)}
        >
          {buurtsInProfile && buurtList}
        </ProfilePanel>
      </div>
    </>
  );
}

