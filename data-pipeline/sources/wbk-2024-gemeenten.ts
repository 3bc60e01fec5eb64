/**
 * SOURCES.md §10: attributes of the gemeente layer of the CBS Wijk- en buurtkaart 2024 v2. Only the
 * national gemeente file is read: the wijk and buurt files in `regionale_subsets/` cover a region, not
 * the country, and must not feed a score. Origin columns exist in this file and are deliberately not read.
 */
import { parseCsv, requireColumns } from '../io/csv.ts';
import { COUNT, PERCENTAGE } from '../io/values.ts';
import { gemeenteCode } from './gemeente-code.ts';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type SourceTable } from './source-table.ts';

export const WBK2024_GEMEENTE_FILE = 'statistics/cbs_wijkbuurtkaart_2024_v2_gemeenten_attributen/gemeente_2024_stats.csv';

/** CBS's negative sentinel in the 2024 gpkg: no value. */
const SENTINEL = { suppressed: ['-99997'] };

const COLUMNS = [
  { name: 'bijstand', from: 'aantal_personen_met_een_alg_bijstandsuitkering_tot', rule: { ...COUNT, ...SENTINEL, integer: true } },
  { name: 'ww', from: 'aantal_personen_met_een_ww_uitkering_totaal', rule: { ...COUNT, ...SENTINEL, integer: true } },
  { name: 'ao', from: 'aantal_personen_met_een_ao_uitkering_totaal', rule: { ...COUNT, ...SENTINEL, integer: true } },
  { name: 'huurwoningen', from: 'percentage_huurwoningen', rule: { ...PERCENTAGE, ...SENTINEL } },
  { name: 'corporatiewoningen', from: 'perc_huurwoningen_in_bezit_woningcorporaties', rule: { ...PERCENTAGE, ...SENTINEL } },
  { name: 'onbewoond', from: 'percentage_onbewoond', rule: { ...PERCENTAGE, ...SENTINEL } },
  { name: 'woningvoorraad', from: 'woningvoorraad', rule: { ...COUNT, ...SENTINEL, integer: true } },
] as const;

export async function readWbk2024Gemeenten(raw: RawFolder): Promise<SourceTable> {
  const { text, file } = await raw.readText(WBK2024_GEMEENTE_FILE);
  const csv = parseCsv(text, file);
  requireColumns(csv, ['gemeentecode', 'gemeentenaam', 'water', ...COLUMNS.map((c) => c.from)]);
  return readNumericCsv(csv, {
    name: 'wbk2024_gemeente',
    sourceId: 'wbk2024',
    codeField: 'gemeentecode',
    nameField: 'gemeentenaam',
    // Water records repeat the gemeente code with every statistic −99997.
    skip: (record) => record.get('water')?.trim() === 'JA',
    code: gemeenteCode('gemeentecode'),
    columns: COLUMNS,
  });
}
