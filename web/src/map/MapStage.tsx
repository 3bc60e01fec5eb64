/**
 * The map with everything drawn over it: the note when there is no buurt map, "loading", the hover tooltip,
 * the legend, the source attribution, and the Dutch error when a file failed or the map cannot be drawn (MapLibre's
 * code not fetched, no WebGL2) instead of a blank map.
 */
import type { Feature } from 'geojson';
import { useRef, useState, type RefObject } from 'react';
import type { Level, ThemeId } from '@atlas/contract';
import type { RegionGeometry } from '../data/geometry.ts';
import type { RegionTable } from '../data/region-table.ts';
import { t } from '../i18n/nl.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { Attribution } from './Attribution.tsx';
import type { LegendEntry } from './classes.ts';
import type { Display } from './display.ts';
import { Legend } from './Legend.tsx';
import type { MapView as MapViewState } from './map-url-state.ts';
import type { Choropleth } from './choropleth.ts';
import { MapView, type MapHandle } from './MapView.tsx';
import { availableOverlays, OverlayToggles, type Overlays } from './OverlayToggles.tsx';
import { Tooltip } from './Tooltip.tsx';

interface Props {
  mapRef: RefObject<MapHandle | null>;
  mapLevel: Level;
  display: Display;
  themeId: ThemeId;
  /** The shown level's table, for the tooltip. */
  table: RegionTable | null;
  choropleth: Choropleth | null;
  legend: readonly LegendEntry[] | null;
  provincie: RegionGeometry | null;
  gemeenteLines: RegionGeometry | null;
  selection: Feature[] | null;
  initialView: MapViewState | null;
  attributions: readonly string[];
  noBuurtMap: boolean;
  /** The shown level's borders are approximate (the derived buurt layer): say so beside the legend and attribution. */
  approximate: boolean;
  /** The manifest's file list (names and water only when published). */
  files: readonly { path: string }[];
  /** The error that leaves the map blank, and the others. */
  errors: { fatal: string | null; soft: readonly string[] };
  /** The table covers the map: keep the map out of the tab order. */
  hidden: boolean;
  overlays: Overlays;
  onOverlays(next: Partial<Overlays>): void;
  onRendered(): void;
  /** The map cannot be drawn (MapLibre's code not fetched, no WebGL2): what waits for the first map goes on without it. */
  onMapFailed(): void;
  onSelect(code: string): void;
  onViewChange(view: MapViewState): void;
  onZoom(zoom: number): void;
}

export function MapStage(props: Props) {
  const { mapLevel, display, errors } = props;
  const levelName = t(`level.${mapLevel}`).toLowerCase();
  const can = availableOverlays(mapLevel, display);
  const shown = { hotspots: can.hotspots && props.overlays.hotspots, uncertain: can.uncertain && props.overlays.uncertain };
  const cards = useRef<HTMLDivElement>(null);
  const attribution = useRef<HTMLDivElement>(null);
  // MapLibre's code comes in its own chunk, so the map is made a moment after this page is drawn (MapView)
  const [mapMade, setMapMade] = useState(false);
  const [codeError, setCodeError] = useState<string | null>(null);
  return (
    <div className="map-wrap" inert={props.hidden}>
      <MapView
        onRendered={props.onRendered}
        ref={props.mapRef}
        choropleth={props.choropleth}
        files={props.files}
        provincie={props.provincie}
        gemeenteLines={props.gemeenteLines}
        selection={props.selection}
        initialView={props.initialView}
        covers={[cards, attribution]}
        label={t('map.label', { indicator: display.title, level: levelName })}
        onSelect={props.onSelect}
        onViewChange={props.onViewChange}
        onZoom={props.onZoom}
        onMapMade={setMapMade}
        onMapFailed={(message) => {
          setCodeError(message);
          props.onMapFailed();
        }}
      />
      {props.noBuurtMap && (
        <div className="map-banner" role="note" data-testid="no-buurt-map">
          <strong>{t('map.noBuurt.title')}.</strong> {t('map.noBuurt.body')}
        </div>
      )}
      <Tooltip table={props.table} display={display} themeId={props.themeId} />
      {/* One column of cards in the top-left corner, over the North Sea in the first view. */}
      <div className="map-cards" ref={cards}>
        {!errors.fatal && !codeError && (!props.choropleth || !mapMade) && (
          <div className="map-loading" role="status">
            {t('map.loadingLevel', { level: levelName })}
          </div>
        )}
        <OverlayToggles level={mapLevel} display={display} overlays={props.overlays} onChange={props.onOverlays} />
        {props.legend && <Legend display={display} entries={props.legend} overlays={shown} />}
      </div>
      <Attribution ref={attribution} lines={props.attributions} approximate={props.approximate} />
      {errors.fatal && <ErrorMessage messages={[errors.fatal, ...(codeError ? [codeError] : []), ...errors.soft]} />}
      {!errors.fatal && codeError && (
        <ErrorMessage title={t('map.codeFailed.title')} hint={null} messages={[codeError]} onRetry={() => location.reload()} retryLabel={t('map.reload')} />
      )}
      {!errors.fatal && errors.soft.length > 0 && (
        <div className="soft-error">
          <ErrorMessage messages={errors.soft} />
        </div>
      )}
    </div>
  );
}
