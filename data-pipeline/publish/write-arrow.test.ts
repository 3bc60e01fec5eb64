import { Bool, Dictionary, Float64, Int32, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { CellValue } from './columns.ts';
import { encodeTable } from './encoded-columns.ts';
import { toArrowIpc, toArrowIpcParts } from './write-arrow.ts';

/** The bytes apache-arrow's own builders give for the same columns: the published files must not change. */
type Column = { name: string; type: 'float64' | 'string' | 'category' | 'int32' | 'bool'; values: CellValue[] };
const BUILDER_TYPE: Record<Column['type'], (dictionaryId: number | undefined) => DataType> = {
  float64: () => new Float64(),
  string: () => new Utf8(),
  category: (id) => new Dictionary(new Utf8(), new Int32(), id),
  int32: () => new Int32(),
  bool: () => new Bool(),
};
/** Dictionary ids come from a counter in apache-arrow: the builders' columns take the ids `ids` gives (those of our file). */
function viaBuilders(columns: Column[], ids: (number | undefined)[]): Uint8Array {
  const vectors: Record<string, Vector> = {};
  columns.forEach((c, i) => (vectors[c.name] = vectorFromArray(c.values as never[], BUILDER_TYPE[c.type](ids[i]))));
  return tableToIPC(new Table(vectors), 'stream');
}

describe('Arrow IPC of float64, string, category, int32 and bool columns', () => {
  it('writes the same bytes as apache-arrow builders: nulls, all-null, NaN, −0, non-ASCII, lengths around 64-byte blocks', async () => {
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
        {
          name: 'c',
          type: 'category' as const,
          values: Array.from({ length }, (_, i): CellValue => (i % 3 === 0 ? null : (words[(i * 7) % words.length] ?? ''))),
        },
        { name: 'cnone', type: 'category' as const, values: Array.from({ length }, (): CellValue => null) },
        { name: 'i', type: 'int32' as const, values: Array.from({ length }, (_, i): CellValue => (i % 6 === 5 ? null : i * 7 - 1000)) },
        { name: 'ifull', type: 'int32' as const, values: Array.from({ length }, (_, i): CellValue => i) },
        { name: 'b', type: 'bool' as const, values: Array.from({ length }, (_, i): CellValue => (i % 5 === 4 ? null : i % 3 === 0)) },
        { name: 'bfull', type: 'bool' as const, values: Array.from({ length }, (_, i): CellValue => i % 2 === 0) },
      ];
      const ours = toArrowIpc({ name: 't', columns, rows: length });
      const ids = tableFromIPC(ours).schema.fields.map((f) => (f.type instanceof Dictionary ? f.type.id : undefined));
      expect(ids.filter((id) => id !== undefined)).toHaveLength(2);
      expect(ours).toEqual(viaBuilders(columns, ids));
      // the parts the build writes are the same bytes, once the dictionary ids are the same (a fresh table gets new ones)
      const parts = await toArrowIpcParts(encodeTable({ name: 't', columns, rows: length }));
      const partIds = tableFromIPC(parts).schema.fields.map((f) => (f.type instanceof Dictionary ? f.type.id : undefined));
      expect(Buffer.concat(parts)).toEqual(Buffer.from(viaBuilders(columns, partIds)));
    }
  });
});
