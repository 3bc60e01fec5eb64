import { Float64, Table, Utf8, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { CellValue } from './columns.ts';
import { toArrowIpc } from './write-arrow.ts';

/** The bytes apache-arrow's own builders give for the same columns: the published files must not change. */
function viaBuilders(columns: { name: string; type: 'float64' | 'string'; values: CellValue[] }[]): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const c of columns) vectors[c.name] = vectorFromArray(c.values as never[], c.type === 'float64' ? new Float64() : new Utf8());
  return tableToIPC(new Table(vectors), 'stream');
}

describe('Arrow IPC of float64 and string columns', () => {
  it('writes the same bytes as apache-arrow builders: nulls, all-null, NaN, −0, non-ASCII, lengths around 64-byte blocks', () => {
    const words = ['', 'Súdwest-Fryslân', "'s-Hertogenbosch", '日本', 'a\u{1F600}b', 'x'.repeat(70)];
    for (const length of [0, 1, 7, 8, 9, 63, 64, 65, 511, 512, 513, 2049]) {
      const columns = [
        {
          name: 'f',
          type: 'float64' as const,
          values: Array.from({ length }, (_, i): CellValue => (i % 5 === 0 ? null : i % 7 === 0 ? Number.NaN : i % 11 === 0 ? -0 : i / 3)),
        },
        { name: 'none', type: 'float64' as const, values: Array.from({ length }, (): CellValue => null) },
        { name: 'full', type: 'float64' as const, values: Array.from({ length }, (_, i): CellValue => i) },
        { name: 's', type: 'string' as const, values: Array.from({ length }, (_, i): CellValue => (i % 4 === 3 ? null : (words[i % words.length] ?? ''))) },
      ];
      expect(toArrowIpc({ name: 't', columns, rows: length })).toEqual(viaBuilders(columns));
    }
  });
});
