/**
 * The 20 buurten with the highest raw crime rate (misdrijven_totaal per 1,000), with their smoothed rate and
 * intervals, and how many of them stay in the top 5 % after smoothing (issue 14's closing note).
 * Usage: npx tsx scripts/report-top-buurten.ts [data folder, default public/data]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { col, dataFile } from '@atlas/contract';

const ID = 'misdrijven_totaal';
const dir = process.argv[2] ?? 'public/data';
const table = tableFromIPC(await readFile(join(dir, dataFile.arrow('buurt'))));
const get = <T>(name: string): (T | null)[] => {
  const vector = table.getChild(name);
  if (!vector) throw new Error(`${join(dir, dataFile.arrow('buurt'))}: no column ${name}`);
  return Array.from(vector, (v) => (v ?? null) as T | null);
};
const [codes, names, population, value, num, lo, hi, eb, pct, pctLo, pctHi, pctEb, sig] = [
  get<string>('code'),
  get<string>('name'),
  get<number>('population'),
  get<number>(col.value(ID)),
  get<number>(col.numerator(ID)),
  get<number>(col.lo(ID)),
  get<number>(col.hi(ID)),
  get<number>(col.eb(ID)),
  get<number>(col.percentile(ID)),
  get<number>(col.pctLo(ID)),
  get<number>(col.pctHi(ID)),
  get<number>(col.pctEb(ID)),
  get<string>(col.sig(ID)),
];
const rows = codes.flatMap((_code, i) => (value[i] == null || eb[i] == null ? [] : [i]));
const top = [...rows].sort((a, b) => (value[b] ?? 0) - (value[a] ?? 0)).slice(0, 20);
const fmt = (x: number | null | undefined, d = 1) => (x == null ? '–' : x.toLocaleString('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d }));
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
console.log(`Top 20 buurten by raw ${ID} per 1.000 inwoners (${rows.length} buurten with a value); percentiles among buurten.\n`);
console.log(line(['#', 'buurt', 'naam', 'inw.', 'misdr.', 'ruw', '95%-interval', 'gecorr.', 'pct ruw', 'pct-interval', 'pct gecorr.', 't.o.v. NL']));
console.log(line(Array(12).fill('---')));
top.forEach((i, rank) => {
  console.log(
    line([
      String(rank + 1),
      codes[i] ?? '',
      names[i] ?? '',
      fmt(population[i], 0),
      fmt(num[i], 1),
      fmt(value[i]),
      `${fmt(lo[i])}–${fmt(hi[i])}`,
      fmt(eb[i]),
      fmt(pct[i]),
      `${fmt(pctLo[i])}–${fmt(pctHi[i])}`,
      fmt(pctEb[i]),
      sig[i] ?? '–',
    ]),
  );
});
const stay = top.filter((i) => (pctEb[i] ?? 0) >= 95).length;
console.log(`\n${stay} of these 20 stay in the top 5 % (percentile ≥ 95) after smoothing; ${top.filter((i) => (pct[i] ?? 0) >= 95).length} were in it raw.`);
const topRaw = rows.filter((i) => (pct[i] ?? 0) >= 95);
const leave = topRaw.filter((i) => (pctEb[i] ?? 0) < 95);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
console.log(
  `All buurten: ${topRaw.length} in the raw top 5 %, ${leave.length} of them leave it after smoothing (median inhabitants of those: ${fmt(median(leave.map((i) => population[i] ?? 0)), 0)}); ` +
    `${rows.filter((i) => sig[i] === 'niet_significant').length} of ${rows.length} buurten do not differ significantly from Nederland.`,
);
