/**
 * Where the official tables are fetched from. Each base can be replaced (a mirror, or a local test
 * server) by an environment variable or a build:data flag; the flag wins.
 *
 *   ATLAS_CBS_ODATA_BASE              --cbs-odata-base URL   CBS StatLine OData v3 feed
 *   ATLAS_CBS_THIRD_PARTY_ODATA_BASE                         third-party tables (47018NED, police);
 *                                                            defaults to ATLAS_CBS_ODATA_BASE when only that is set
 *   ATLAS_PDOK_BASE                   --pdok-base URL        PDOK WFS host (Wijk- en buurtkaart)
 *   ATLAS_PDOK_API_BASE                                      PDOK OGC API host (gebiedsindelingen);
 *                                                            defaults to ATLAS_PDOK_BASE when only that is set
 */
export interface Endpoints {
  /** OData v3 bulk feed for CBS tables: `{base}/{table}/{entity}`. */
  cbsOData: string;
  /** Same protocol, CBS's catalogue of third-party tables (police crime per buurt). */
  cbsThirdPartyOData: string;
  /** Host of PDOK's WFS services: `{base}/cbs/wijkenbuurten/2024/wfs/v1_0`. */
  pdokWfs: string;
  /** Host of PDOK's OGC API Features: `{base}/cbs/gebiedsindelingen/ogc/v1`. */
  pdokApi: string;
}

export const OFFICIAL_ENDPOINTS: Readonly<Endpoints> = {
  cbsOData: 'https://opendata.cbs.nl/ODataFeed/odata',
  cbsThirdPartyOData: 'https://dataderden.cbs.nl/ODataFeed/odata',
  pdokWfs: 'https://service.pdok.nl',
  pdokApi: 'https://api.pdok.nl',
};

export interface EndpointFlags {
  cbsODataBase?: string | undefined;
  pdokBase?: string | undefined;
}

const trim = (url: string | undefined) => (url === undefined || url.trim() === '' ? undefined : url.trim().replace(/\/+$/, ''));

export function endpointsFrom(env: Record<string, string | undefined>, flags: EndpointFlags = {}): Endpoints {
  const cbs = trim(flags.cbsODataBase) ?? trim(env.ATLAS_CBS_ODATA_BASE);
  const pdok = trim(flags.pdokBase) ?? trim(env.ATLAS_PDOK_BASE);
  return {
    cbsOData: cbs ?? OFFICIAL_ENDPOINTS.cbsOData,
    cbsThirdPartyOData: trim(env.ATLAS_CBS_THIRD_PARTY_ODATA_BASE) ?? cbs ?? OFFICIAL_ENDPOINTS.cbsThirdPartyOData,
    pdokWfs: pdok ?? OFFICIAL_ENDPOINTS.pdokWfs,
    pdokApi: trim(env.ATLAS_PDOK_API_BASE) ?? pdok ?? OFFICIAL_ENDPOINTS.pdokApi,
  };
}
