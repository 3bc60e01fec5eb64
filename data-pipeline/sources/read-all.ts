/** Stage 1: every reader, in parallel; each validates its own file and fails with file, line and field. */
import { readCrimeSeries } from './cbs-misdrijven-2010-2020.ts';
import { readGemeenteRegio } from './gemeente-regio.ts';
import { readKiesraadTk2023 } from './kiesraad-tk2023.ts';
import { readBuurtNames, readKwbBuurt, readKwbGemeenteWijk, readKwbRegionList } from './kwb-2024.ts';
import { readCrimeCategories, readCrimeTotals } from './politie-misdrijven-2024.ts';
import type { RawFolder } from './raw-folder.ts';
import { readCurrentSources } from './read-current.ts';
import { readRecreatiewoningen } from './recreatiewoningen.ts';
import { readScpJeugdhulp } from './scp-jeugdhulp-2017.ts';
import { readWbk2022Wijken, readWbk2023Gemeenten } from './wijk-en-buurtkaart.ts';

export type RawSources = Awaited<ReturnType<typeof readAllSources>>;

export async function readAllSources(raw: RawFolder) {
  const [list, gemeenteWijk, buurt, buurtNames, regio, crimeTotals, crimeCategories, crimeSeries, wbk2023, wbk2022, scp, kiesraad, recreatie, current] =
    await Promise.all([
      readKwbRegionList(raw),
      readKwbGemeenteWijk(raw),
      readKwbBuurt(raw),
      readBuurtNames(raw),
      readGemeenteRegio(raw),
      readCrimeTotals(raw),
      readCrimeCategories(raw),
      readCrimeSeries(raw),
      readWbk2023Gemeenten(raw),
      readWbk2022Wijken(raw),
      readScpJeugdhulp(raw),
      readKiesraadTk2023(raw),
      readRecreatiewoningen(raw),
      readCurrentSources(raw),
    ]);
  return { list, gemeenteWijk, buurt, buurtNames, regio, crimeTotals, crimeCategories, crimeSeries, wbk2023, wbk2022, scp, kiesraad, recreatie, current };
}
