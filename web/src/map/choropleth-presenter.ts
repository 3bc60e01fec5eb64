/**
 * Puts the choropleths a map is given on screen, one after another: once one is presented the page hears of it and
 * what follows the first map comes in: names and water, then the hatching of regions with too few inhabitants.
 * Called from React's effect, after the commit: the first framing measures the cards over the map, and before that
 * commit they still hold the "loading" card. (Painting at 'style.load' instead, when the choropleth was ready by
 * then, framed the country around that card; its gain, about 20 ms of 1,100 in an A/B, lay within the spread.)
 */
import type { Level } from '@atlas/contract';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { signal } from '../instrumentation/signals.ts';
import type { Choropleth } from './choropleth.ts';
import type { MapFraming } from './map-framing.ts';
import { paintChoropleth, revealHatch, type PaintedLevels } from './paint-levels.ts';
import { loadOrientation } from './places.ts';
import { tableSettled } from './loaded-levels.ts';

export interface PresenterHooks {
  /** The level drawn changed: what marks a region of the old one must go. */
  levelChanged(): void;
  /** A choropleth is on screen. */
  presented(): void;
  /** Whether the build publishes a file (the names and water are optional). */
  publishes(path: string): boolean;
}

export class ChoroplethPresenter {
  private shown: { live: boolean } | null = null;
  private orientation: Promise<void> | null = null;
  private drawnLevel: Level | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly painted: PaintedLevels,
    private readonly framing: MapFraming,
    private readonly hooks: PresenterHooks,
  ) {}

  /** The level whose choropleth is drawn, if any. */
  get level(): Level | null {
    return this.drawnLevel;
  }

  show(choropleth: Choropleth | null): void {
    this.stop();
    const shown = { live: true };
    this.shown = shown;
    const { map, painted } = this;
    const level = choropleth?.level ?? null;
    if (level !== this.drawnLevel) this.hooks.levelChanged();
    this.drawnLevel = level;
    if (choropleth) this.framing.colours(choropleth.geometry);
    paintChoropleth(map, painted, choropleth);
    if (!choropleth) return;
    // Presented, not issued: MapLibre is idle once the new geometry is tiled and the new state drawn; the
    // frame after that is on screen.
    map.once('idle', () =>
      requestAnimationFrame(() => {
        if (!shown.live) return;
        signal.rendered(choropleth.level);
        this.hooks.presented();
        // Names and water after the first map, so they never compete with it.
        this.orientation ??= loadOrientation(map, this.hooks.publishes, tableSettled('gemeente'));
        if (!revealHatch(map, painted, choropleth.level, choropleth.belowMin)) signal.hatchDrawn();
        else
          map.once('idle', () => {
            if (shown.live) signal.hatchDrawn();
          });
      }),
    );
    map.triggerRepaint();
  }

  /** Stops waiting for the last choropleth's presentation (a newer one, or the map's removal). */
  stop(): void {
    if (this.shown) this.shown.live = false;
  }
}
