/**
 * SOURCES.md §14: Gezondheidsmonitor Jongvolwassenen 2024 (16–25 years, StatLine 50140NED) per gemeente,
 * the selection of 19 indicators; all are percentages of young adults, empty = suppressed by the publisher.
 */
import { parseCsv, requireColumns } from '../io/csv.ts';
import { PERCENTAGE } from '../io/values.ts';
import { gemeenteCode } from './gemeente-code.ts';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type SourceTable } from './source-table.ts';

export const GMJV_FILE = 'statistics/gezondheidsmonitor_jongvolwassenen_2024_50140NED/gmjv2024_gemeente_selectie_eenzaamheid_vertrouwen_middelen.csv';

/** Loaded column → CBS key in the file. */
export const GMJV_COLUMNS = {
  sterk_eenzaam: 'SterkEenzaam_54',
  weinig_vertrouwen_toekomst: 'WeinigGeenVertrouwenInEigenToekomst_42',
  zorgen_polarisatie: 'VeelZorgenTegenstelTussenGroep_48',
  cannabis: 'CannabisInAfg12Maanden_89',
  cocaine: 'CocaineInAfg12Maanden_94',
  lachgas: 'LachgasInAfg12Maanden_90',
  schulden: 'HeeftSchulden_3',
  online_gokken: 'OnlineGegoktVoorGeldAfg12Maanden_137',
} as const;

export async function readGezondheidsmonitorJv(raw: RawFolder): Promise<SourceTable> {
  const { text, file } = await raw.readText(GMJV_FILE);
  const csv = parseCsv(text, file);
  requireColumns(csv, ['gemeentecode', 'gemeentenaam', 'indeling', ...Object.values(GMJV_COLUMNS)]);
  return readNumericCsv(csv, {
    name: 'gmjv_2024',
    sourceId: 'gmjv2024',
    codeField: 'gemeentecode',
    nameField: 'gemeentenaam',
    code: gemeenteCode('gemeentecode'),
    columns: Object.entries(GMJV_COLUMNS).map(([name, from]) => ({ name, from, rule: PERCENTAGE })),
  });
}
