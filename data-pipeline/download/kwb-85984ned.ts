/**
 * CBS 85984NED "Kerncijfers wijken en buurten 2024" → the five files data-pipeline/sources/kwb-2024.ts
 * reads (KWB_FILES), derived from the official OData rows:
 *
 *   WijkenEnBuurten dimension → statline_csv_metadata/WijkenEnBuurten.csv
 *       Key, Title, Description, Municipality, DetailRegionCode — the fields of the dimension, written
 *       as they come (keys space-padded, as in the raw StatLine download).
 *   TypedDataSet, gemeenten + wijken → gemeente_wijk_8vars/kwb2024_gemeente_wijk_8vars.csv
 *       Codering, SoortRegio and the eight topics of the raw extract, keys as this revision names them.
 *   TypedDataSet, buurten → buurt_population/Population85984_2024.csv ("", nhood_id, population)
 *   WijkenEnBuurten dimension, buurten → buurt_names/cbs_buurt_namen_85984.csv (Identifier, Title)
 *   TypedDataSet, buurten → buurt_subset_micro_neighbourhood/kwb2024_buurten_subset_13817.csv
 *       the eleven topics of the raw subset plus buurt_naam. The raw file kept only buurten with every
 *       topic present; here every buurt with at least one topic besides its population is written
 *       (an empty cell where CBS has null), so buurten with partial data keep what CBS publishes and
 *       buurten with only a population stay out, as in the raw file.
 *
 * null in the typed data set (CBS: unknown, secret, or cannot occur) becomes an empty cell, which the
 * reader keeps as null with reason "missing_in_source" — the same as the raw folder's conversions of
 * OData JSON. One request for the dimension, one for DataProperties and two pages of 10,000 rows.
 */
import { KWB_FILES } from '../sources/kwb-2024.ts';
import { csvText } from './csv-text.ts';
import { cbsTable, cell, dataProperties, dimensionEntries, topicKeys } from './cbs-odata.ts';
import type { DownloadJob } from './download-job.ts';
import { DownloadError } from './http-fetch.ts';

export const KWB_TABLE = '85984NED';

const GEMEENTE_WIJK_TOPICS = [
  'AantalInwoners',
  'Mannen',
  'Vrouwen',
  'Bevolkingsdichtheid',
  'Woningvoorraad',
  'OppervlakteTotaal',
  'OppervlakteLand',
  'OppervlakteWater',
] as const;

const BUURT_TOPICS = [
  'AantalInwoners',
  'k_0Tot15Jaar',
  'k_15Tot25Jaar',
  'k_25Tot45Jaar',
  'k_45Tot65Jaar',
  'k_65JaarOfOuder',
  'HuishoudensTotaal',
  'HuishoudensMetKinderen',
  'GemiddeldeHuishoudensgrootte',
  'Bevolkingsdichtheid',
  'MateVanStedelijkheid',
] as const;
/** The buurt topics of the subset file; population has its own file. */
export const BUURT_TOPICS_BESIDES_POPULATION = BUURT_TOPICS.filter((t) => t !== 'AantalInwoners');

const LABEL_TOPICS = ['Gemeentenaam', 'SoortRegio', 'Codering'] as const;
const ALL_TOPICS = [...new Set([...LABEL_TOPICS, ...GEMEENTE_WIJK_TOPICS, ...BUURT_TOPICS])];

const REGION_FIELDS = ['Key', 'Title', 'Description', 'Municipality', 'DetailRegionCode'] as const;

export const kwb85984NedJob: DownloadJob = {
  id: `cbs-${KWB_TABLE}`,
  title: `CBS ${KWB_TABLE} Kerncijfers wijken en buurten 2024`,
  outputs: Object.values(KWB_FILES),
  async run(context) {
    const table = cbsTable(context.endpoints.cbsOData, KWB_TABLE, (url) => context.getJson(url));
    const props = await table.rows('DataProperties');
    const properties = dataProperties(props.rows, props.url);
    const geo = properties.find((p) => p.Type === 'GeoDetail' || p.Key === 'WijkenEnBuurten');
    if (geo === undefined) throw new DownloadError(props.url, 'table has no WijkenEnBuurten dimension');
    const keys = topicKeys(properties, ALL_TOPICS, props.url);

    const dimension = await table.rows(geo.Key);
    const regions = dimensionEntries(dimension.rows, dimension.url);
    for (const field of REGION_FIELDS) {
      if (regions.length > 0 && !(field in regions[0]!.row)) {
        throw new DownloadError(dimension.url, `dimension rows have no field ${field} (fields: ${Object.keys(regions[0]!.row).join(', ')})`);
      }
    }
    const data = await table.rows('TypedDataSet', { select: [geo.Key, ...ALL_TOPICS.map((t) => keys[t])] });
    if (data.rows.length === 0) throw new DownloadError(data.url, 'the typed data set is empty');

    const codeOf = (row: Record<string, unknown>) => cell(row[geo.Key]).trim();
    const names = new Map(regions.map((r) => [r.Key.trim(), r.Title.trim()]));

    const gemeenteWijkColumns = [keys.Codering, keys.SoortRegio, ...GEMEENTE_WIJK_TOPICS.map((t) => keys[t])];
    const gemeenteWijk = data.rows
      .filter((row) => /^(GM|WK)/.test(codeOf(row)))
      .map((row) => [
        cell(row[keys.Codering]).trim() || codeOf(row),
        cell(row[keys.SoortRegio]).trim(),
        ...GEMEENTE_WIJK_TOPICS.map((t) => cell(row[keys[t]])),
      ]);

    const buurtRows = data.rows.filter((row) => codeOf(row).startsWith('BU'));
    const population = buurtRows.map((row, index) => [String(index + 1), codeOf(row), cell(row[keys.AantalInwoners])]);

    const subsetColumns = [geo.Key, keys.Gemeentenaam, keys.SoortRegio, keys.Codering, ...BUURT_TOPICS.map((t) => keys[t]), 'buurt_naam'];
    const subset = buurtRows
      .filter((row) => BUURT_TOPICS_BESIDES_POPULATION.some((t) => row[keys[t]] !== null && row[keys[t]] !== undefined))
      .map((row) => [
        codeOf(row),
        cell(row[keys.Gemeentenaam]),
        cell(row[keys.SoortRegio]),
        cell(row[keys.Codering]),
        ...BUURT_TOPICS.map((t) => cell(row[keys[t]])),
        names.get(codeOf(row)) ?? '',
      ]);

    const buurtNames = regions.filter((r) => r.Key.trim().startsWith('BU')).map((r) => [r.Key.trim(), r.Title.trim()]);

    return {
      detail: `${regions.length} regions, ${data.rows.length} rows (${buurtRows.length} buurten)`,
      files: [
        {
          path: KWB_FILES.regions,
          url: dimension.url,
          content: csvText(
            REGION_FIELDS,
            regions.map((r) => REGION_FIELDS.map((f) => cell(r.row[f]))),
          ),
        },
        { path: KWB_FILES.gemeenteWijk, url: data.url, content: csvText(gemeenteWijkColumns, gemeenteWijk) },
        { path: KWB_FILES.buurtPopulation, url: data.url, content: csvText(['', 'nhood_id', 'population'], population) },
        { path: KWB_FILES.buurtNames, url: dimension.url, content: csvText(['Identifier', 'Title'], buurtNames) },
        { path: KWB_FILES.buurtSubset, url: data.url, content: csvText(subsetColumns, subset) },
      ],
    };
  },
};
