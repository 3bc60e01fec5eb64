/**
 * Where the boundary layers lie in the raw folder (the download writes them there in this shape).
 * keepShare is high because the sources are already simplified per feature: lower shares shrink small
 * wijken badly (at 0.15 some lose over 90 % of their area; at 0.7 none change more than 25 %).
 */
import type { Aggregate, Level } from '@atlas/contract';

export interface BoundarySpec {
  path: string;
  codeProperty: string;
  keepShare: number;
  /** Snap distance (degrees) and gap width (metres) for mapshaper's clean; the defaults suit the CBS/PDOK layers. */
  snapDeg?: number;
  gapM?: number;
  /** Split each gap between its neighbours rather than give it to one (geometry/split-gaps.ts). */
  splitGaps?: boolean;
  /** Who made the geometry, in Dutch, for the manifest and /methode. */
  source: string;
  /** True when the layer is not an official one (borders off by tens of metres). */
  approximate: boolean;
  /** Dutch, for /methode: how the layer was made and how far off it can be (approximate layers). */
  method?: string;
}

const CBS_PDOK = 'CBS/Kadaster, Wijk- en buurtkaart 2024 (via PDOK)';

/** Boundary layers per level as the CBS/PDOK Wijk- en buurtkaart names them; buurten only when a file is present. */
export const BOUNDARY_FILES: Record<Level, BoundarySpec> = {
  gemeente: { path: 'boundaries/cbs_2024/gemeenten_2024.geojson', codeProperty: 'gemeentecode', keepShare: 0.5, source: CBS_PDOK, approximate: false },
  wijk: { path: 'boundaries/cbs_2024/wijken_2024.geojson', codeProperty: 'wijkcode', keepShare: 0.7, source: CBS_PDOK, approximate: false },
  buurt: { path: 'boundaries/cbs_2024/buurten_2024.geojson', codeProperty: 'buurtcode', keepShare: 0.8, source: CBS_PDOK, approximate: false },
};

/**
 * Read when the level's official file is absent (the official one keeps priority). The approximate buurt
 * layer (raw boundaries/SOURCES.md §7) was georeferenced from per-gemeente SVG maps: integer pixels of
 * 5.8–78 m (median 21 m) after a 60 m Douglas-Peucker per ring, so neighbours miss each other by up to a
 * pixel (snapped: 0.0003° ≈ 20–33 m, about one median pixel) and leave gaps up to about twice the
 * simplification tolerance (closed: 150 m). Measured on the whole layer: the union has 11,565 holes
 * uncleaned, 16 at 0.0002°/100 m, 15 at 0.0003°/150 m (the rest are real: water and the 8 buurten the
 * layer lacks), and 14 at 250 m, which starts to fill those. -clean gives each (wedge-shaped) gap to one
 * neighbour, which drew spikes at zoom 14; splitGaps shares it between both (geometry/split-gaps.ts:
 * published layer: vertices under 8° 4,905 → 1,254, detached slivers under 15 m wide 52 → 0, union holes 11 → 11;
 * a border moves at most 75 m, half the gap width).
 */
export const FALLBACK_BOUNDARY_FILES: Partial<Record<Level, BoundarySpec>> = {
  buurt: {
    path: 'boundaries/derived/buurten_2024_benadering/buurten_2024_approx.geojson',
    codeProperty: 'buurtcode',
    keepShare: 0.8,
    snapDeg: 0.0003,
    gapM: 150,
    splitGaps: true,
    source: 'CBS/Kadaster, gebiedsindelingen 2024 (via PDOK); bewerking: woonikveilig.nl, eigen georeferentie (buurtgrenzen bij benadering)',
    approximate: true,
    method:
      'Er is geen officieel buurtgrenzenbestand gebruikt. De buurtgrenzen zijn afgeleid van per gemeente gegenereerde kaartjes (SVG) van de PDOK-laag buurt_gegeneraliseerd 2024: ' +
      'daar waren de grenzen al vereenvoudigd (60 m) en op hele beeldpunten van 6 tot 78 m (mediaan 21 m) afgerond. Per gemeente is de ligging teruggerekend door de buurten zo goed mogelijk ' +
      'op de officiële gemeentegrens te passen (overlap mediaan 98,6 %). Daarna zijn bijna samenvallende grenzen samengevoegd (binnen ongeveer 20–33 m) en smalle kieren tot 150 m tussen buren ' +
      'gedicht door de buren aan weerszijden elk tot halverwege de kier te laten groeien (zo krijgt niet één buur een spits uitsteeksel), zodat buren één gedeelde grens hebben. Smalle uitstekende naalden die het vereenvoudigen achterliet (heen en terug, minder dan 10 m breed; de kaart zou ze als wig over de buurt tekenen) zijn aan de buur aan de overkant gegeven. Grenzen kunnen daardoor tientallen meters afwijken, in de grootste gemeenten tot ongeveer 100 m: goed genoeg om buurten te kleuren, ' +
      'niet om te bepalen in welke buurt een adres precies ligt. Acht kleine buurten ontbreken in de afgeleide laag; zij staan in de tabel met “geen geometrie”.',
  },
};

export const CONTEXT_FILES: Record<Aggregate, { path: string; object: string }> = {
  provincie: { path: 'boundaries/cbs_2024/provincie_2024.topojson', object: 'provincie_2024' },
  veiligheidsregio: { path: 'boundaries/cbs_2024/veiligheidsregio_2024.topojson', object: 'veiligheidsregio_2024' },
  politie_eenheid: { path: 'boundaries/cbs_2024/regionale_eenheid_2024.topojson', object: 'regionale_eenheid_2024' },
};
