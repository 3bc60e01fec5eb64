/**
 * PDOK OGC API Features "CBS gebiedsindelingen" (api.pdok.nl/cbs/gebiedsindelingen/ogc/v1) → the
 * context layers the context geometry reader expects (CONTEXT_FILES in sources/boundary-files.ts):
 * TopoJSON with one object `provincie_2024` / `veiligheidsregio_2024` / `regionale_eenheid_2024`
 * and properties `statcode`, `statnaam` — the shape of the raw folder's files, which were made from
 * the same generalised CBS layers.
 *
 * Per layer: collection `{layer}_gegeneraliseerd`, `jaarcode=2024`, WGS84 (the API's default CRS84),
 * paged by its rel="next" links. The GeoJSON is turned into TopoJSON with mapshaper (no
 * simplification; quantised to 100,000 steps like the level geometry), and the result is checked by
 * the same function that reads it in the build.
 */
import { prepareContextGeometry } from '../geometry/context-geometry.ts';
import { CONTEXT_FILES } from '../sources/boundary-files.ts';
import type { Aggregate } from '@atlas/contract';
import type { DownloadJob } from './download-job.ts';
import { orientLonLat, readOgcApiFeatures, type Feature } from './feature-pages.ts';
import { DownloadError } from './http-fetch.ts';

export const GEBIEDSINDELINGEN_API_PATH = '/cbs/gebiedsindelingen/ogc/v1';
export const GEBIEDSINDELINGEN_YEAR = 2024;

export const CONTEXT_COLLECTIONS: Record<Aggregate, string> = {
  provincie: 'provincie_gegeneraliseerd',
  veiligheidsregio: 'veiligheidsregio_gegeneraliseerd',
  politie_eenheid: 'regionale_eenheid_gegeneraliseerd',
};

export function contextItemsUrl(apiBase: string, collection: string, limit: number): string {
  return `${apiBase}${GEBIEDSINDELINGEN_API_PATH}/collections/${collection}/items?f=json&jaarcode=${GEBIEDSINDELINGEN_YEAR}&limit=${limit}`;
}

/** GeoJSON features → TopoJSON with one named object, geometry id = statcode. */
export async function contextTopojson(features: Feature[], objectName: string, url: string): Promise<string> {
  const seen = new Set<string>();
  const lean = features.map((f, index) => {
    const { statcode, statnaam } = f.properties;
    if (typeof statcode !== 'string' || statcode.trim() === '') throw new DownloadError(url, `feature ${index} has no statcode`);
    if (seen.has(statcode)) throw new DownloadError(url, `statcode ${statcode} occurs twice (the jaarcode filter was not applied?)`);
    seen.add(statcode);
    return { type: 'Feature', properties: { statcode, statnaam: statnaam ?? null }, geometry: f.geometry };
  });
  const commands = `-quiet -i layer.json -rename-layers ${objectName} -o out.topojson format=topojson quantization=100000 id-field=statcode`;
  // imported here, not at the top: every build loads this module, few download
  const { default: mapshaper } = await import('mapshaper');
  const output = await mapshaper.applyCommands(commands, { 'layer.json': JSON.stringify({ type: 'FeatureCollection', features: lean }) });
  const content = output['out.topojson'];
  if (content === undefined) throw new DownloadError(url, `mapshaper wrote no TopoJSON (${commands})`);
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

export const gebiedsindelingen2024Job: DownloadJob = {
  id: 'pdok-gebiedsindelingen-2024',
  title: 'PDOK OGC API CBS gebiedsindelingen 2024 (provincies, veiligheidsregio’s, regionale eenheden)',
  outputs: Object.values(CONTEXT_FILES).map((spec) => spec.path),
  async run(context) {
    const files = [];
    const counts: string[] = [];
    for (const aggregate of Object.keys(CONTEXT_COLLECTIONS) as Aggregate[]) {
      const spec = CONTEXT_FILES[aggregate];
      const itemsUrl = contextItemsUrl(context.endpoints.pdokApi, CONTEXT_COLLECTIONS[aggregate], context.featurePageSize);
      const { url, features } = await readOgcApiFeatures(itemsUrl, { getJson: (u) => context.getJson(u) });
      if (features.length === 0) throw new DownloadError(url, 'collection has no features for this jaarcode');
      const topojson = await contextTopojson(orientLonLat(features, url), spec.object, url);
      // The reader of the build checks every geometry and position; a bad layer fails here, not later.
      const checked = await prepareContextGeometry(topojson, `${url} (converted)`, spec.object);
      counts.push(`${aggregate} ${checked.features}`);
      files.push({ path: spec.path, url, content: topojson });
    }
    return { detail: counts.join(', '), files };
  },
};
