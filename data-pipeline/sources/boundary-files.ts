/**
 * Where the boundary layers lie in the raw folder (the download writes them there in this shape).
 * keepShare is high because the sources are already simplified per feature: lower shares shrink small
 * wijken badly (at 0.15 some lose over 90 % of their area; at 0.7 none change more than 25 %).
 */
import type { Aggregate, Level } from '@atlas/contract';

/** Boundary layers per level as the CBS/PDOK Wijk- en buurtkaart names them; buurten only when a file is present. */
export const BOUNDARY_FILES: Record<Level, { path: string; codeProperty: string; keepShare: number }> = {
  gemeente: { path: 'boundaries/cbs_2024/gemeenten_2024.geojson', codeProperty: 'gemeentecode', keepShare: 0.5 },
  wijk: { path: 'boundaries/cbs_2024/wijken_2024.geojson', codeProperty: 'wijkcode', keepShare: 0.7 },
  buurt: { path: 'boundaries/cbs_2024/buurten_2024.geojson', codeProperty: 'buurtcode', keepShare: 0.8 },
};

export const CONTEXT_FILES: Record<Aggregate, { path: string; object: string }> = {
  provincie: { path: 'boundaries/cbs_2024/provincie_2024.topojson', object: 'provincie_2024' },
  veiligheidsregio: { path: 'boundaries/cbs_2024/veiligheidsregio_2024.topojson', object: 'veiligheidsregio_2024' },
  politie_eenheid: { path: 'boundaries/cbs_2024/regionale_eenheid_2024.topojson', object: 'regionale_eenheid_2024' },
};
