import { DataError } from '../errors.ts';
import { CODE_PATTERN, LEVELS, type Level, type Manifest } from '@atlas/contract';
import { GEMEENTE_REGIO_FILE, type GemeenteRegio } from '../sources/gemeente-regio.ts';
import { KWB_FILES, type RegionListEntry } from '../sources/kwb-2024.ts';
import type { RawFolder } from '../sources/raw-folder.ts';
import type { RawSources } from '../sources/read-all.ts';
import type { SourceTable } from '../sources/source-table.ts';

/** A 2024 region with its parents; the gemeente's regional layers come from the gemeente → regio table. */
export interface Region extends Omit<GemeenteRegio, 'line'> {
  code: string;
  name: string;
  level: Level;
  wijkCode: string | null;
  wijkName: string | null;
  population: number | null;
}

export interface RegionRegister {
  byLevel: Record<Level, Region[]>;
  byCode: Map<string, Region>;
  /** The buurten of each wijk and of each gemeente, in register order. */
  buurtenOf: Map<string, Region[]>;
  /** The wijken of each gemeente, in register order. */
  wijkenOf: Map<string, Region[]>;
}

/** Children per parent code, in register order: what sums and suppression of a level walk. */
export function childrenByParent(byLevel: Record<Level, readonly Region[]>): Pick<RegionRegister, 'buurtenOf' | 'wijkenOf'> {
  const add = (groups: Map<string, Region[]>, parent: string | null, region: Region) => {
    if (parent === null) return;
    const list = groups.get(parent);
    if (list) list.push(region);
    else groups.set(parent, [region]);
  };
  const buurtenOf = new Map<string, Region[]>();
  const wijkenOf = new Map<string, Region[]>();
  for (const buurt of byLevel.buurt) {
    add(buurtenOf, buurt.gemeenteCode, buurt);
    add(buurtenOf, buurt.wijkCode, buurt);
  }
  for (const wijk of byLevel.wijk) add(wijkenOf, wijk.gemeenteCode, wijk);
  return { buurtenOf, wijkenOf };
}

/** Region counts of the 2024 layout (85984NED WijkenEnBuurten); a different count means a different layout. */
export const EXPECTED_COUNTS_2024: Record<Level, number> = { gemeente: 342, wijk: 3393, buurt: 14574 };

/** Buurt BU gggg ww bb lies in wijk WK gggg ww — CBS's coding rule, checked against the list for every buurt. */
export function wijkCodeOfBuurt(buurtCode: string): string {
  return `WK${buurtCode.slice(2, 8)}`;
}

export interface RegisterInputs {
  list: RegionListEntry[];
  listFile: string;
  regio: Map<string, GemeenteRegio>;
  regioFile: string;
  gemeenteWijk: SourceTable;
  buurt: SourceTable;
  buurtNames: Map<string, { name: string; line: number }>;
  buurtNamesFile: string;
  expectedCounts?: Record<Level, number> | null;
}

/** What the register's population is, for the manifest: every count of inhabitants the app shows traces to it. */
export const POPULATION_FACTS: Manifest['population'] = {
  sourceId: 'kwb2024',
  variable: 'AantalInwoners',
  date: '2024-01-01',
  explanation:
    'Aantal inwoners op 1 januari 2024 volgens het CBS. Inwoners van wijken en buurten zijn door het CBS op vijftallen afgerond; een wijk of buurt zonder inwoners telt 0. Voor een provincie, veiligheidsregio of politie-eenheid is het de som van haar gemeenten.',
};

/**
 * The 2024 region register: every gemeente, wijk and buurt of the KWB 2024 list with its parents and
 * population. Water-only wijken and the Buitenland pseudo-gemeente (GM0998) are not in the list, so
 * they are not regions here either (their boundary features are dropped from the maps).
 */
export function buildRegister(inputs: RegisterInputs): RegionRegister {
  const { list, regio } = inputs;
  const names = new Map(list.map((entry) => [entry.code, entry]));
  const population = new Map<string, number | null>();
  for (const row of [...inputs.gemeenteWijk.rows, ...inputs.buurt.rows]) population.set(row.code, row.values.inwoners ?? null);

  const byLevel: Record<Level, Region[]> = { gemeente: [], wijk: [], buurt: [] };
  const byCode = new Map<string, Region>();
  for (const entry of list) {
    const at = { file: inputs.listFile, line: entry.line };
    const gemeente = names.get(entry.gemeenteCode);
    if (!gemeente || gemeente.level !== 'gemeente')
      throw new DataError({ ...at, field: 'Municipality' }, `parent gemeente ${entry.gemeenteCode} of ${entry.code} is not in the list`);
    const parents = regio.get(entry.gemeenteCode);
    if (!parents)
      throw new DataError(
        { file: inputs.regioFile, field: 'gemeentecode' },
        `gemeente ${entry.gemeenteCode} (${gemeente.name}) has no provincie / veiligheidsregio / politie-eenheid row`,
      );
    let wijkCode: string | null = null;
    let wijkName: string | null = null;
    if (entry.level === 'buurt') {
      wijkCode = wijkCodeOfBuurt(entry.code);
      const wijk = names.get(wijkCode);
      if (!wijk || wijk.level !== 'wijk') throw new DataError({ ...at, field: 'Key' }, `buurt ${entry.code} has no wijk ${wijkCode} in the list`);
      wijkName = wijk.name;
      const named = inputs.buurtNames.get(entry.code);
      if (!named)
        throw new DataError({ file: inputs.buurtNamesFile, field: 'Identifier' }, `buurt ${entry.code} (${entry.name}) is missing from the buurt name file`);
    }
    if (entry.level !== 'gemeente' && !entry.code.slice(2).startsWith(entry.gemeenteCode.slice(2))) {
      throw new DataError({ ...at, field: 'Municipality' }, `${entry.code} does not lie in its gemeente ${entry.gemeenteCode} by its code`);
    }
    if (!population.has(entry.code)) {
      throw new DataError(
        { file: entry.level === 'buurt' ? inputs.buurt.file : inputs.gemeenteWijk.file, field: 'AantalInwoners' },
        `region ${entry.code} (${entry.name}) has no row`,
      );
    }
    const region: Region = {
      code: entry.code,
      name: entry.name,
      level: entry.level,
      gemeenteCode: entry.gemeenteCode,
      gemeenteName: gemeente.name,
      wijkCode,
      wijkName,
      provincieCode: parents.provincieCode,
      provincieName: parents.provincieName,
      veiligheidsregioCode: parents.veiligheidsregioCode,
      veiligheidsregioName: parents.veiligheidsregioName,
      politieEenheidCode: parents.politieEenheidCode,
      politieEenheidName: parents.politieEenheidName,
      population: population.get(entry.code) ?? null,
    };
    byLevel[entry.level].push(region);
    byCode.set(region.code, region);
  }
  for (const row of [...inputs.gemeenteWijk.rows, ...inputs.buurt.rows]) {
    if (!byCode.has(row.code)) {
      const file = row.code.startsWith('BU') ? inputs.buurt.file : inputs.gemeenteWijk.file;
      throw new DataError({ file, line: row.line }, `unknown region code ${row.code} (not in ${inputs.listFile})`);
    }
  }
  for (const code of inputs.buurtNames.keys()) {
    if (!byCode.has(code))
      throw new DataError({ file: inputs.buurtNamesFile, line: inputs.buurtNames.get(code)!.line, field: 'Identifier' }, `unknown buurt code ${code}`);
  }
  const expected = inputs.expectedCounts === undefined ? EXPECTED_COUNTS_2024 : inputs.expectedCounts;
  if (expected) {
    for (const level of LEVELS) {
      if (byLevel[level].length !== expected[level]) {
        throw new DataError({ file: inputs.listFile }, `${byLevel[level].length} ${level} regions where the 2024 layout has ${expected[level]}`);
      }
      for (const region of byLevel[level]) {
        if (!CODE_PATTERN[level].test(region.code))
          throw new DataError({ file: inputs.listFile, field: 'Key' }, `code ${region.code} does not match ${CODE_PATTERN[level]}`);
      }
    }
  }
  return { byLevel, byCode, ...childrenByParent(byLevel) };
}

/** Stage 2: the register from the read sources, with the raw file names its errors point to. */
export function registerFrom(raw: RawFolder, sources: RawSources, expectedCounts?: Record<Level, number> | null): RegionRegister {
  return buildRegister({
    ...(expectedCounts === undefined ? {} : { expectedCounts }),
    list: sources.list,
    listFile: raw.path(KWB_FILES.regions),
    regio: sources.regio,
    regioFile: raw.path(GEMEENTE_REGIO_FILE),
    gemeenteWijk: sources.gemeenteWijk,
    buurt: sources.buurt,
    buurtNames: sources.buurtNames,
    buurtNamesFile: raw.path(KWB_FILES.buurtNames),
  });
}
