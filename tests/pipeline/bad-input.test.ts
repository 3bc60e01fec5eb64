import { readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join, basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../data-pipeline/errors.ts';
import { dataFile } from '@atlas/contract';
import { buildInto, copyDir, rawCopyWith, readRaw, sharedBuild, tempDir } from './helpers.ts';

const KIESRAAD = 'statistics/kiesraad_tk2023_osv4-3/tk2023_gemeente_telling_samenvatting.csv';
const POPULATION = 'statistics/cbs_85984NED_kwb2024/buurt_population/Population85984_2024.csv';
const REGIONS = 'statistics/cbs_85984NED_kwb2024/statline_csv_metadata/WijkenEnBuurten.csv';
const GEMEENTE_WIJK = 'statistics/cbs_85984NED_kwb2024/gemeente_wijk_8vars/kwb2024_gemeente_wijk_8vars.csv';
const CRIME = 'statistics/politie_47018NED_misdrijven_buurt_2024/cbs_crime_2024JJ00_buurten.csv';
const SCP = 'statistics/scp_jeugdhulp_in_de_wijk_2017/jeugdhulp_in_de_wijk_2017__determinanten.csv';
const GEMEENTEN_GEOJSON = 'boundaries/cbs_2024/gemeenten_2024.geojson';
const GEMEENTE_REGIO = 'boundaries/derived/gemeente_regio_2024.csv';

let outDir: string;
let manifestHash: string;

async function hashOf(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

beforeAll(async () => {
  // A copy of the shared real build plays the previous output that a failed build must leave alone.
  outDir = join(await tempDir('previous'), 'data');
  await copyDir((await sharedBuild()).outDir, outDir);
  manifestHash = await hashOf(join(outDir, dataFile.manifest));
});

function replaceLine(text: string, lineNumber: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  lines[lineNumber - 1] = edit(lines[lineNumber - 1]!);
  return lines.join('\n');
}

/** Build from a raw copy with one file broken; expect a DataError naming file (and line/field), and the old output intact. */
async function expectBuildError(replacements: Record<string, string | null>, expected: { file: string; line?: number; field?: string; message: RegExp }) {
  const raw = await rawCopyWith(replacements);
  const error = await buildInto(outDir, raw).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the build must fail').toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message).toContain(basename(expected.file));
  expect(message).toMatch(expected.message);
  if (error instanceof DataError) {
    if (expected.line !== undefined) expect(error.line).toBe(expected.line);
    if (expected.field !== undefined) expect(error.field).toBe(expected.field);
  } else {
    if (expected.line !== undefined) expect(message).toContain(String(expected.line));
    if (expected.field !== undefined) expect(message).toContain(expected.field);
  }
  expect(await hashOf(join(outDir, dataFile.manifest)), 'previous output must stay').toBe(manifestHash);
  const leftovers = (await readdir(dirname(outDir))).filter((name) => name.startsWith(`.${basename(outDir)}-`));
  expect(leftovers, 'no half-written output').toEqual([]);
}

describe('bad input gives a clear error and leaves the previous output intact', () => {
  it('missing file', async () => {
    await expectBuildError({ [GEMEENTE_WIJK]: null }, { file: GEMEENTE_WIJK, message: /file is missing/ });
  });

  it('missing column', async () => {
    const text = (await readRaw(KIESRAAD)).replace('opgeroepenen,', 'opgeroepen_x,');
    await expectBuildError({ [KIESRAAD]: text }, { file: KIESRAAD, line: 1, field: 'opgeroepenen', message: /required column is missing/ });
  });

  it('truncated CSV (a record cut short)', async () => {
    const text = await readRaw(GEMEENTE_WIJK);
    const cut = text.split('\n').slice(0, 40).join('\n') + '\nWK168099,Wijk,12';
    await expectBuildError({ [GEMEENTE_WIJK]: cut }, { file: GEMEENTE_WIJK, line: 41, message: /fields where the header has/ });
  });

  it('garbled CSV (file ends inside a quoted field)', async () => {
    const text = await readRaw(REGIONS);
    await expectBuildError({ [REGIONS]: text.slice(0, 5000) + '\n"GM9999    ","Kapot' }, { file: REGIONS, message: /inside a quoted field/ });
  });

  it('truncated JSON (boundary file)', async () => {
    const text = await readRaw(GEMEENTEN_GEOJSON);
    await expectBuildError({ [GEMEENTEN_GEOJSON]: text.slice(0, text.length / 2) }, { file: GEMEENTEN_GEOJSON, message: /JSON/i });
  });

  it('non-numeric value in a numeric field', async () => {
    const text = replaceLine(await readRaw(POPULATION), 6, (line) => line.replace(/,\d+$/, ',veel'));
    await expectBuildError({ [POPULATION]: text }, { file: POPULATION, line: 6, field: 'population', message: /"veel" is not a number/ });
  });

  it('duplicate region code', async () => {
    const lines = (await readRaw(KIESRAAD)).split('\n');
    const text = [...lines.slice(0, 3), lines[2]!, ...lines.slice(3)].join('\n');
    await expectBuildError({ [KIESRAAD]: text }, { file: KIESRAAD, line: 4, field: 'gemeente_code', message: /duplicate region code GM0748/ });
  });

  it('unknown region code', async () => {
    const text = (await readRaw(CRIME)).trimEnd() + '\nBU99999999,1,4.0\n';
    const line = text.trimEnd().split('\n').length;
    await expectBuildError({ [CRIME]: text }, { file: CRIME, line, field: 'WijkenEnBuurten', message: /unknown region code BU99999999/ });
  });

  it('negative count', async () => {
    const text = replaceLine(await readRaw(CRIME), 3, (line) => line.replace(/,[\d.]+$/, ',-5.0'));
    await expectBuildError({ [CRIME]: text }, { file: CRIME, line: 3, field: 'GeregistreerdeMisdrijven_1', message: /below the allowed minimum 0/ });
  });

  it('a control character in a region name (a NUL would cut it in the Parquet file)', async () => {
    const text = replaceLine(await readRaw(GEMEENTE_REGIO), 3, (line) => line.replace(',Midden-Nederland,', ',Midden-\0Nederland,'));
    await expectBuildError(
      { [GEMEENTE_REGIO]: text },
      { file: GEMEENTE_REGIO, line: 3, field: 'regionale_eenheid_naam', message: /holds control character U\+0000/ },
    );
  });

  it('percentage over 100', async () => {
    const text = replaceLine(await readRaw(SCP), 2, (line) => {
      const fields = line.split(',');
      fields[11] = '150'; // perc_hhverd
      return fields.join(',');
    });
    await expectBuildError({ [SCP]: text }, { file: SCP, line: 2, field: 'perc_hhverd', message: /above the allowed maximum 100/ });
  });
});
