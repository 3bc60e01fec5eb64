/**
 * The map explorer at "/": theme tabs, the theme's indicators, the map with legend (or the table), and the profile of the selected
 * region. Its state lives in the address (map/use-map-url-state.ts); what is loaded when is map/use-map-layers.ts.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { IndicatorId, ThemeId, ThemeManifest } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import { MapExportMenu } from '../export/MapExportMenu.tsx';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { normalizeState, type AtlasState } from '../map/map-url-state.ts';
import { MapStage } from '../map/MapStage.tsx';
import { MapToolbar } from '../map/MapToolbar.tsx';
import type { MapHandle } from '../map/MapView.tsx';
import { useChoropleth } from '../map/use-choropleth.ts';
import { useMapChoices } from '../map/use-map-choices.ts';
import { firstViewDraws } from '../map/first-view.ts';
import { resolveDisplay } from '../map/display.ts';
import { mapErrors, useMapLayers } from '../map/use-map-layers.ts';
import { useMapLevel } from '../map/use-map-level.ts';
import { useMapUrlState } from '../map/use-map-url-state.ts';
import { closeMapQuery } from '../analyse/close-map-query.ts';
import { useMapQuery } from '../analyse/use-map-query.ts';
import { useRegionLists } from '../map/use-region-lists.ts';
import { useSelection } from '../map/use-selection.ts';
import { BuurtList } from '../profile/BuurtList.tsx';
import { ProfilePanel } from '../profile/ProfilePanel.tsx';
import { RegionSearch } from '../search/RegionSearch.tsx';
import type { SearchEntry } from '../search/search-index.ts';
import type { TableSelection } from '../table/table-spec.ts';
import { TableView } from '../table/TableView.tsx';
import { IndicatorPanel } from '../theme-panel/IndicatorPanel.tsx';
import { YearSlider } from '../years/YearSlider.tsx';
import { parseYear } from '../years/year-url.ts';
import { useSearch } from '../routing/address.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { useShownValues } from '../view/use-shown-values.ts';

const PANEL_ID = 'theme-panel';

interface Props {
  data: AtlasData;
  /** Where the header search goes. */
  searchSlot: HTMLElement | null;
}

export function MapPage(props: Props) {
  const firstTheme = props.data.manifest.themes[0];
  if (!firstTheme) {
    return (
      <main id="main" className="page page-error" tabIndex={-1}>
        <ErrorMessage messages={[t('error.noThemes')]} />
      </main>
    );
  }
  return <MapExplorer {...props} firstTheme={firstTheme} />;
}

function MapExplorer({ data, searchSlot, firstTheme }: Props & { firstTheme: ThemeManifest }) {
  const { catalogue } = data;
  const normalize = useCallback((s: AtlasState) => normalizeState(s, catalogue.manifest), [catalogue]);
  const url = useMapUrlState(normalize);
  const { state, update } = url;
  const mapRef = useRef<MapHandle>(null);

  const theme = catalogue.theme(state.theme) ?? firstTheme;
  const indicator = catalogue.indicator(state.indicator);
  // A query from /analyse ("Toon op kaart") replaces what is drawn while its ?sql= is in the address.
  const mapQuery = useMapQuery(catalogue.manifest);
  const { requested, mapLevel, noBuurtMap, onZoom } = useMapLevel(state.level, state.view?.zoom ?? 0, catalogue.hasGeometry('buurt'));
  const [firstMap, setFirstMap] = useState(false);
  const onRendered = useCallback(() => setFirstMap(true), []);
  // A map that cannot be drawn is as good as drawn for what waits on it in the background (DuckDB for the table)
  const [mapFailed, setMapFailed] = useState(false);
  const onMapFailed = useCallback(() => setMapFailed(true), []);
  const search = useSearch();
  // resolved once here: the first-view rule and every view of the page start from it
  const asked = useMemo(() => resolveDisplay(theme, indicator, state.measure), [theme, indicator, state.measure]);
  const firstView = firstViewDraws(catalogue, mapLevel, {
    display: asked,
    state,
    otherValues: mapQuery !== null || parseYear(search) !== null,
  });
  const layers = useMapLayers(data, { mapLevel, requested, selection: state.selection, firstMap: firstMap || mapFailed, firstView });
  const { geos, contexts, aggregates } = layers;
  const selection = useSelection(data, url, layers, mapRef);
  // Which values every view shows (a chosen ?jaar=, ?gecorrigeerd=aan) is decided once, here.
  const shown = useShownValues(data, layers.tables, state, { theme, indicator, mapLevel, mapQuery, display: asked });
  const { tables, display, table } = shown;
  // The first-view slice keeps colouring the map while it can: the full table arriving then draws nothing new.
  const mapTable = (firstView ? layers.firstViews[mapLevel] : undefined) ?? table;
  const { choropleth, colouring } = useChoropleth(mapTable, geos[mapLevel] ?? null, display, mapLevel, shown.override, state);
  // What the open table lists, for the exports.
  const [tableSelection, setTableSelection] = useState<TableSelection | null>(null);
  const captureMap = useCallback(() => mapRef.current?.capture() ?? Promise.reject(new Error(t('export.noMap'))), []);
  const { provincies } = useRegionLists(aggregates);
  const chosen = useMapChoices(url);
  // Over a query's map no theme is chosen; choosing one (or one of its indicators) asks for the theme's map again.
  const choices = mapQuery
    ? {
        ...chosen,
        // the choice is a new history entry, from which the query is then taken: Back shows the query's map again
        onTheme: (id: ThemeId) => {
          chosen.onTheme(id);
          closeMapQuery();
        },
        onIndicator: (id: IndicatorId | null) => {
          chosen.onIndicator(id);
          closeMapQuery();
        },
      }
    : chosen;
  const selectHere = (code: string | null): void => selection.select(code);
  const selectAndFly = (code: string): void => selection.select(code, { fly: true });
  const { select } = selection;
  const chooseFound = useCallback((e: SearchEntry) => select(e.code, { fly: true, bounds: e.bounds }), [select]);
  // With a wijk (or one of its buurten) chosen, its buurten belong in its profile, right under the theme
  // score, where they are in view on every screen size; before that the side panel says to pick a wijk.
  const buurtsInProfile = noBuurtMap && (selection.level === 'wijk' || selection.level === 'buurt');
  const buurtNote = buurtsInProfile ? null : (catalogue.levelNote('buurt') ?? t('map.noBuurt.body'));
  const buurtList = (
    <BuurtList
      buurt={tables.buurt ?? null}
      wijk={tables.wijk ?? null}
      selection={selection.code}
      display={display}
      note={buurtNote}
      heading={buurtsInProfile ? 'h3' : 'h2'}
      onSelect={selectHere}
    />
  );

  return (
    <>
      {searchSlot && createPortal(<RegionSearch manifest={data.manifest} onChoose={chooseFound} />, searchSlot)}
      <MapToolbar
        themes={catalogue.manifest.themes}
        theme={mapQuery ? null : theme.id}
        panelId={PANEL_ID}
        level={state.level}
        mode={state.mode}
        onTheme={choices.onTheme}
        onLevel={choices.onLevel}
        onMode={choices.onMode}
      >
        <MapExportMenu
          data={shown.data}
          theme={theme}
          display={display}
          level={requested}
          table={state.mode === 'tabel' ? tableSelection : null}
          // the map's image once it is drawn (MapLibre's code arrives after the page: see MapView)
          map={choropleth && colouring && firstMap ? { level: mapLevel, legend: colouring.legend, capture: captureMap } : null}
        />
      </MapToolbar>
      <div className={`workspace${selection.code ? ' has-selection' : ''}`}>
        <IndicatorPanel
          id={PANEL_ID}
          catalogue={catalogue}
          theme={theme}
          indicatorId={indicator ? indicator.id : null}
          measure={state.measure}
          level={requested}
          onIndicator={choices.onIndicator}
          onMeasure={choices.onMeasure}
          yearSlider={<YearSlider choice={shown.year} empty={shown.yearEmpty} />}
          yearShown={shown.override ? shown.year.year : null}
        >
          {noBuurtMap && !buurtsInProfile && buurtList}
          <p className="built muted small">{t('footer.built', { date: fmt.date(catalogue.manifest.builtAt), version: catalogue.manifest.pipelineVersion })}</p>
        </IndicatorPanel>

        <main id="main" className="main-area" tabIndex={-1}>
          <MapStage
            mapRef={mapRef}
            mapLevel={mapLevel}
            display={display}
            themeId={theme.id}
            table={table}
            choropleth={choropleth}
            legend={colouring?.legend ?? null}
            // Lines once the first map is drawn, as its names and water: before it their tiles took MapLibre's worker from
            // the choropleth's and each tile drew a frame of lines on an empty map (first map 1,074 -> 984 ms, medians
            // of 10 interleaved cold loads).
            provincie={firstMap ? (contexts.provincie ?? null) : null}
            gemeenteLines={firstMap && mapLevel !== 'gemeente' ? (geos.gemeente ?? null) : null}
            selection={selection.shape}
            initialView={state.view}
            attributions={catalogue.attributions()}
            noBuurtMap={noBuurtMap}
            files={catalogue.manifest.files}
            approximate={catalogue.manifest.levels.find((l) => l.id === mapLevel)?.geometry?.approximate === true}
            errors={mapErrors(layers.errors, mapLevel)}
            hidden={state.mode === 'tabel'}
            overlays={state}
            onOverlays={update}
            onRendered={onRendered}
            onMapFailed={onMapFailed}
            onSelect={selectHere}
            onViewChange={(view) => update({ view })}
            onZoom={onZoom}
          />
          {state.mode === 'tabel' && (
            <div className="table-overlay">
              {layers.databaseError && <p className="note">{layers.databaseError}</p>}
              <TableView
                data={shown.data}
                level={requested}
                theme={theme}
                display={display}
                selection={selection.code}
                provincies={provincies}
                onSelect={selectHere}
                onSelectionChange={setTableSelection}
              />
            </div>
          )}
        </main>

        <ProfilePanel
          data={shown.data}
          tables={tables}
          aggregates={aggregates}
          code={selection.code}
          theme={theme}
          display={display}
          hrefFor={url.hrefFor}
          onSelect={selectAndFly}
          onIndicator={choices.onIndicator}
          onClose={() => selection.select(null)}
        >
          {buurtsInProfile && buurtList}
        </ProfilePanel>
      </div>
    </>
  );
}
