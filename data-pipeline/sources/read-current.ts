/** The current (2020–2025) sources of SOURCES.md §9–§15 and the optional vakantieparken drop-ins, read in parallel. */
import type { SourceId } from '@atlas/contract';
import { readBodemgebruik70262 } from './bodemgebruik-70262ned.ts';
import { readGezondheidsmonitorJv } from './gezondheidsmonitor-jv-2024.ts';
import { readCrimeCategoriesGemeente } from './misdrijven-categorieen-2024.ts';
import type { RawFolder } from './raw-folder.ts';
import { readRecreatieObjecten } from './recreatie-objecten-2024-17.ts';
import { readRivm2020 } from './rivm-gezondheid-2020.ts';
import { readPs2023, readTk2021 } from './verkiezingen-2021-2023.ts';
import { readVakantieparkInschrijvingen } from './vakantieparken-inschrijvingen-2021-38.ts';
import { readWbk2024Gemeenten } from './wbk-2024-gemeenten.ts';
import { readCrime47022, readHealth50150, readKwbSubset } from './woonikveilig-2024.ts';

/** One reader per current source; they read in parallel and the result keeps these names. */
const CURRENT_READERS = {
  kwbSubset: readKwbSubset,
  crime47022: readCrime47022,
  health50150: readHealth50150,
  wbk2024: readWbk2024Gemeenten,
  crimeCategoriesGemeente: readCrimeCategoriesGemeente,
  tk2021: readTk2021,
  ps2023: readPs2023,
  gmjv: readGezondheidsmonitorJv,
  rivm2020: readRivm2020,
  bodemgebruik: readBodemgebruik70262,
  inschrijvingen: readVakantieparkInschrijvingen,
  recreatieObjecten: readRecreatieObjecten,
} as const;

type Readers = typeof CURRENT_READERS;
export type CurrentSources = { [K in keyof Readers]: Awaited<ReturnType<Readers[K]>> };

export async function readCurrentSources(raw: RawFolder): Promise<CurrentSources> {
  const names = Object.keys(CURRENT_READERS) as (keyof Readers)[];
  const tables = await Promise.all(names.map((name) => CURRENT_READERS[name](raw)));
  return Object.fromEntries(names.map((name, i) => [name, tables[i]])) as CurrentSources;
}

/** The reference year of each optional drop-in that was read, by source id (the catalogue keeps only those sources). */
export function optionalSourceYears(current: CurrentSources): Partial<Record<SourceId, string>> {
  return {
    ...(current.bodemgebruik ? { cbs_bodemgebruik_70262: current.bodemgebruik.year } : {}),
    ...(current.inschrijvingen ? { cbs_maatwerk_2021_38: current.inschrijvingen.year } : {}),
    ...(current.recreatieObjecten ? { cbs_maatwerk_2024_17: current.recreatieObjecten.year } : {}),
  };
}
