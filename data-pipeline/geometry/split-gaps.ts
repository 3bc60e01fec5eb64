/**
 * Gap filling that splits each gap between its neighbours, for the approximate buurt layer.
 *
 * mapshaper's -clean fills a gap by giving all of it to one neighbour. Between the approximate buurten the
 * gaps are long thin wedges (each buurt was traced on its own), so that neighbour gets a spike of its
 * colour into the other: in Amsterdam and Tilburg, 236 vertices with an angle under 8° after -clean
 * against 14 in the raw layer, plainly visible at zoom 14 in Tilburg and Amsterdam. Here the
 * overlaps are cut first (no gap filled), then every buurt grows by half the gap width into the space no
 * neighbour covers (-buffer topological: never over a neighbour), so two neighbours meet in the middle of
 * the gap they leave; clipping to what -clean would cover keeps the coast and the real holes where they
 * were; detached crumbs thinner than SLIVER_WIDTH_M go back to a neighbour; a last -clean closes what the
 * growth did not reach. Measured on the published buurt layer (buurt.topojson; before → after): vertices
 * under 8° 4,905 → 1,254, detached slivers (mean width < 15 m) 52 → 0, extra parts 344 → 308, holes in the
 * union 11 → 11, 3.34 → 3.50 MB. Sample Amsterdam + Tilburg: 236 → 51 (14 before the 15 m simplification). A border
 * moves at most half the gap width, where -clean moved one side by the whole gap. It costs about 15× the
 * -clean time (≈ 4–6 minutes for the buurt layer), once: the geometry cache keeps the result.
 *
 * The 15 m simplification then made needles of its own (ring-spikes.ts: a border turning back on itself, under
 * 8° and under 10 m wide at its base), which MapLibre drew as a wedge across a buurt, e.g. Theresia Midden
 * (Tilburg). They are handed to the neighbour across them (remove-spikes.ts) before the topology is built
 * for publication. Published buurt layer, before → after: spikes (mosaic-defects.ts) 1,112 in 1,022 buurten
 * → 0; vertices under 1° 155 → 0, under 8° of any width 1,259 → 123; wedge gaps under 150 m 0 → 0; holes
 * over 100 m² in the union 6 → 6; buurt areas change by p99 0.14 %, at most 0.93 %; 3.499 → 3.503 MB.
 */

import { outputText, type Run } from './mapshaper-run.ts';
import { SPIKE_REPAIR_SETTINGS } from './remove-spikes.ts';

/** Detached parts of a buurt narrower than this (mean width, m) after growing are crumbs, not buurt. */
export const SLIVER_WIDTH_M = 20;

/**
 * The grown borders are offset curves with many vertices (4× the bytes of -clean's output); simplifying at
 * this interval (m) brings the layer back to +11 % of -clean's bytes and stays under the source's own
 * resolution (pixels of 6–78 m, median 21 m). 10 m: +26 % bytes; 20 m: more spikes come back (sample: 61).
 */
export const SIMPLIFY_INTERVAL_M = 15;

/**
 * Everything that decides the split's output besides the layer's own settings: part of the geometry cache key,
 * so change an entry (e.g. the `spikes` strings) whenever the split or the repair computes something else.
 */
export const GAP_SPLIT_SETTINGS = {
  sliverM: SLIVER_WIDTH_M,
  simplifyM: SIMPLIFY_INTERVAL_M,
  radius: 'gap/2',
  spikes: SPIKE_REPAIR_SETTINGS,
} as const;

const text = (content: string | Uint8Array | undefined, what: string): string => outputText(content, `${what} for the gap split`);

/**
 * The layer with its gaps split between neighbours and simplified, in two mapshaper runs: the mask (the
 * layer as -clean fills it, dissolved), then the split inside it. Simplifying along shared arcs can pull a
 * short arc between two three-way nodes onto its neighbour's line, leaving a needle of no area that
 * MapLibre draws as a wedge (ring-spikes.ts); prepare-level-geometry.ts hands those needles to a neighbour
 * (remove-spikes.ts) after either route, so the last run builds its topology without them. No -clean after
 * that: it would hand a needle back to the region it came from.
 */
export async function splitGapLayer(run: Run, layerJson: string, snapDeg: number, gapM: number): Promise<string> {
  const clean = `-clean gap-width=${gapM}m overlap-rule=min-area`;
  const mask = text(
    (await run(`-quiet -i layer.json snap snap-interval=${snapDeg} ${clean} -dissolve -o mask.json format=geojson`, { 'layer.json': layerJson }))['mask.json'],
    'mask',
  );
  const split = [
    '-clean gap-width=0.1m overlap-rule=min-area',
    `-buffer radius=${gapM / 2} topological`,
    '-clip mask.json',
    `-filter-slivers gap-width=${SLIVER_WIDTH_M}m keep-shapes`,
    clean,
    `-simplify interval=${SIMPLIFY_INTERVAL_M} keep-shapes`,
  ].join(' ');
  const files = { 'layer.json': layerJson, 'mask.json': mask };
  return text((await run(`-quiet -i layer.json snap snap-interval=${snapDeg} ${split} -o split.json format=geojson`, files))['split.json'], 'layer');
}
