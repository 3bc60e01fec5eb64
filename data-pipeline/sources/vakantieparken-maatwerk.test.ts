import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { RawFolder } from './raw-folder.ts';
import { readRecreatieObjecten, RECREATIE_OBJECTEN_FILE } from './recreatie-objecten-2024-17.ts';
import { INSCHRIJVINGEN_FILE, readVakantieparkInschrijvingen } from './vakantieparken-inschrijvingen-2021-38.ts';

/**
 * The two CBS maatwerk drop-ins, read from small made-up files in their documented layout (the gemeente sheet
 * saved as CSV: ';' from a Dutch spreadsheet program for 2021/38, ',' for 2024/17; codes with and without GM;
 * CBS's '.' and 'x' for secret cells).
 */
const FIXTURES = resolve(fileURLToPath(import.meta.url), '../../../tests/fixtures/vakantieparken-maatwerk');

async function rawWith(files: Record<string, string>): Promise<RawFolder> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-maatwerk-'));
  await mkdir(join(root, 'vakantieparken'));
  for (const [path, fixture] of Object.entries(files)) await copyFile(join(FIXTURES, fixture), join(root, path));
  return new RawFolder(root);
}

describe('CBS maatwerk 2021/38 inschrijvingen vakantieparken', () => {
  it('reads the latest peilmoment per gemeente, with GM-less codes padded and secret cells suppressed', async () => {
    const raw = await rawWith({ [INSCHRIJVINGEN_FILE]: 'maatwerk-2021-38_inschrijvingen_vakantieparken.csv' });
    const result = await readVakantieparkInschrijvingen(raw);
    expect(result?.year).toBe('2021');
    const rows = new Map(result?.table.rows.map((r) => [r.code, r]));
    // juli 2021 only: Groningen has only juli 2020, so no row.
    expect([...rows.keys()].sort()).toEqual(['GM0060', 'GM0344', 'GM0363', 'GM0370', 'GM0599', 'GM0855', 'GM1680']);
    expect(rows.get('GM0060')?.values).toEqual({ personen: 45, vestigingen: 13 });
    expect(rows.get('GM1680')).toMatchObject({ name: 'Aa en Hunze', values: { personen: 310, vestigingen: 25 } });
    expect(rows.get('GM0855')?.reasons).toEqual({ personen: 'suppressed', vestigingen: 'suppressed' });
    expect(rows.get('GM0363')?.reasons).toEqual({ personen: 'missing_in_source', vestigingen: 'missing_in_source' });
  });

  it('is absent without the file', async () => {
    expect(await readVakantieparkInschrijvingen(await rawWith({}))).toBeNull();
  });

  it('names file, line and field of a peilmoment that is not "januari|juli YYYY"', async () => {
    const raw = await rawWith({ [INSCHRIJVINGEN_FILE]: 'bad-peilmoment.csv' });
    const error = await readVakantieparkInschrijvingen(raw).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ line: 3, field: 'Peilmoment' });
    expect((error as DataError).file.endsWith(INSCHRIJVINGEN_FILE)).toBe(true);
    expect((error as DataError).message).toMatch(/maatwerk-2021-38_inschrijvingen_vakantieparken\.csv, line 3, field "Peilmoment": "2021"/);
  });
});

describe('CBS maatwerk 2024/17 bewoning van recreatie-objecten', () => {
  it('reads objects and inhabited objects per gemeente and ignores other columns', async () => {
    const raw = await rawWith({ [RECREATIE_OBJECTEN_FILE]: 'maatwerk-2024-17_bewoning_recreatie_objecten.csv' });
    const result = await readRecreatieObjecten(raw);
    expect(result?.year).toBe('2023');
    expect(result?.table.columns).toEqual(['objecten', 'bewoond']);
    const rows = new Map(result?.table.rows.map((r) => [r.code, r]));
    expect(rows.size).toBe(6);
    expect(rows.get('GM1680')?.values).toEqual({ objecten: 2500, bewoond: 400 });
    expect(rows.get('GM0855')?.reasons).toEqual({ bewoond: 'suppressed' });
  });

  it('names file, line and field of a count with a thousands separator', async () => {
    const raw = await rawWith({ [RECREATIE_OBJECTEN_FILE]: 'bad-count.csv' });
    const error = await readRecreatieObjecten(raw).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ line: 3, field: 'Bewoonde recreatie-objecten' });
    expect((error as DataError).message).toContain('maatwerk-2024-17_bewoning_recreatie_objecten.csv, line 3, field "Bewoonde recreatie-objecten"');
  });
});
