/**
 * The messages of an Arrow IPC stream (the format the pipeline publishes, format/Columnar.rst): the schema, the
 * dictionaries and where each record batch's buffers lie. Nothing is decoded here but metadata, so a file with a
 * column the contract does not allow is rejected before any value is read. Arrow's file format is refused by name:
 * apache-arrow's file writer leaves the schema message out of the stream part (it stands in the footer), and DuckDB,
 * which ingests the same bytes, takes a stream.
 */
import { FlatTable } from './flatbuffer.ts';

export type ArrowType =
  | { kind: 'utf8' }
  | { kind: 'float'; bits: 16 | 32 | 64 }
  | { kind: 'int'; bits: number; signed: boolean }
  | { kind: 'bool' }
  | { kind: 'null' }
  /** A type this reader only names (it cannot be a contract column). */
  | { kind: 'other'; name: string };

export interface ArrowField {
  name: string;
  /** The values' type; for a dictionary-encoded column, its dictionary's. */
  type: ArrowType;
  dictionary: { id: number; index: ArrowType } | null;
}

/** One column's part of a batch: its node and its buffers, as views of the file's bytes. */
export interface BatchColumn {
  length: number;
  nullCount: number;
  /** In the type's layout order, the validity bitmap first (empty when no value is null). */
  buffers: Uint8Array[];
}

/**
 * A record batch. Its buffers are located on first use, so that a column of a type the app does not read fails
 * the contract's check (which reads only the schema), not this reader.
 */
export interface RecordBatch {
  length: number;
  /** Each field's node and buffers, in schema order. */
  columns: () => BatchColumn[];
  /** The dictionaries in force for this batch, by id: the pieces of its deltas, in order. */
  dictionaries: ReadonlyMap<number, readonly (() => BatchColumn)[]>;
}

export interface IpcStream {
  fields: ArrowField[];
  batches: RecordBatch[];
}

/** Why a file is not a readable Arrow stream; the caller names the file. */
export class ArrowFormatError extends Error {}

// Union tags of Message.fbs's MessageHeader and Schema.fbs's Type.
const HEADER = { schema: 1, dictionaryBatch: 2, recordBatch: 3 } as const;
const TYPE_NAMES = [
  'NONE',
  'Null',
  'Int',
  'FloatingPoint',
  'Binary',
  'Utf8',
  'Bool',
  'Decimal',
  'Date',
  'Time',
  'Timestamp',
  'Interval',
  'List',
  'Struct',
  'Union',
  'FixedSizeBinary',
  'FixedSizeList',
  'Map',
  'Duration',
  'LargeBinary',
  'LargeUtf8',
  'LargeList',
  'RunEndEncoded',
  'BinaryView',
  'Utf8View',
  'ListView',
  'LargeListView',
];
const FLOAT_BITS = [16, 32, 64] as const;
const MAGIC = 'ARROW1';
const CONTINUATION = -1;

function typeOf(tag: number, type: FlatTable | null): ArrowType {
  switch (TYPE_NAMES[tag]) {
    case 'Null':
      return { kind: 'null' };
    case 'Int':
      return { kind: 'int', bits: type?.int32(0) ?? 0, signed: type?.bool(1) ?? false };
    case 'FloatingPoint': {
      const precision = type?.int16(0) ?? 0;
      const bits = FLOAT_BITS[precision];
      return bits ? { kind: 'float', bits } : { kind: 'other', name: `FloatingPoint(${precision})` };
    }
    case 'Utf8':
      return { kind: 'utf8' };
    case 'Bool':
      return { kind: 'bool' };
    default:
      return { kind: 'other', name: TYPE_NAMES[tag] ?? `type ${tag}` };
  }
}

function fieldOf(field: FlatTable): ArrowField {
  const name = field.string(0) ?? '';
  if (field.tables(5).length > 0) return { name, type: { kind: 'other', name: TYPE_NAMES[field.uint8(2)] ?? 'nested' }, dictionary: null };
  const encoding = field.table(4);
  const index = encoding?.table(1);
  return {
    name,
    type: typeOf(field.uint8(2), field.table(3)),
    // Schema.fbs: without an index type, a dictionary's indices are signed 32-bit
    dictionary: encoding ? { id: encoding.int64(0), index: index ? typeOf(TYPE_NAMES.indexOf('Int'), index) : { kind: 'int', bits: 32, signed: true } } : null,
  };
}

/** How many buffers a column of this type has in a batch (Columnar.rst, "Buffer Layout"). */
function bufferCount(field: ArrowField): number {
  if (field.dictionary) return 2;
  switch (field.type.kind) {
    case 'null':
      return 0;
    case 'utf8':
      return 3;
    case 'other':
      throw new ArrowFormatError(`kolom ‘${field.name}’ heeft type ${field.type.name}, dat de app niet leest`);
    default:
      return 2;
  }
}

/** A record batch's columns, each with its buffers as views of the body at `body`. */
function batchColumns(
  bytes: Uint8Array,
  batch: FlatTable,
  body: number,
  bodyLength: number,
  fields: readonly { name: string; buffers: number }[],
): BatchColumn[] {
  if (batch.table(3)) throw new ArrowFormatError('gecomprimeerde buffers worden niet gelezen');
  const nodes = batch.int64Structs(1, 2);
  const buffers = batch.int64Structs(2, 2);
  if (nodes.length !== fields.length) throw new ArrowFormatError(`${nodes.length} kolommen in een batch, ${fields.length} in het schema`);
  let next = 0;
  return fields.map((field, i) => {
    const [length = 0, nullCount = 0] = nodes[i] ?? [];
    if (!isCount(length) || !isCount(nullCount) || nullCount > length) throw new ArrowFormatError(`kolom ‘${field.name}’ heeft een ongeldige lengte`);
    const views = Array.from({ length: field.buffers }, () => {
      const [offset = 0, size = 0] = buffers[next++] ?? [];
      if (!isCount(offset) || !isCount(size) || offset + size > bodyLength)
        throw new ArrowFormatError(`een buffer van kolom ‘${field.name}’ ligt buiten het bericht`);
      return bytes.subarray(body + offset, body + offset + size);
    });
    return { length, nullCount, buffers: views };
  });
}

/** A length, count or offset as the format allows it: a whole number from 0 (a broken file may say anything). */
const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** Reads the stream's metadata; throws an ArrowFormatError (or a RangeError on truncated bytes). */
export function readIpcStream(bytes: Uint8Array): IpcStream {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) === MAGIC) throw new ArrowFormatError('een Arrow-bestand in bestandsformaat, niet als stream');
  let at = 0;
  let fields: ArrowField[] | null = null;
  const dictionaries = new Map<number, (() => BatchColumn)[]>();
  const batches: RecordBatch[] = [];
  while (at + 4 <= bytes.byteLength) {
    let length = view.getInt32(at, true);
    at += 4;
    if (length === CONTINUATION) {
      length = view.getInt32(at, true);
      at += 4;
    }
    if (length === 0) break; // end of stream
    if (length < 0 || at + length > bytes.byteLength) throw new ArrowFormatError('een bericht loopt voorbij het einde van het bestand');
    const message = FlatTable.root(view, at);
    at += length;
    const body = at;
    const bodyLength = message.int64(3);
    if (!isCount(bodyLength)) throw new ArrowFormatError('een bericht heeft een ongeldige lengte');
    at += bodyLength;
    if (at > bytes.byteLength) throw new ArrowFormatError('de gegevens van een bericht lopen voorbij het einde van het bestand');
    const header = message.table(2);
    const kind = message.uint8(1);
    if (kind === HEADER.schema && header) {
      if (header.int16(0) !== 0) throw new ArrowFormatError('big-endian bestanden worden niet gelezen');
      fields = header.tables(1).map(fieldOf);
      continue;
    }
    if (!fields) throw new ArrowFormatError('geen schema vóór de gegevens');
    if (kind === HEADER.dictionaryBatch && header) {
      const id = header.int64(0);
      const field = fields.find((f) => f.dictionary?.id === id);
      const data = header.table(1);
      if (!field || !data) throw new ArrowFormatError(`woordenboek ${id} hoort bij geen kolom`);
      const piece = once(() => {
        const [values] = batchColumns(bytes, data, body, bodyLength, [{ name: field.name, buffers: bufferCount({ ...field, dictionary: null }) }]);
        if (!values) throw new ArrowFormatError(`woordenboek ${id} zonder waarden`);
        return values;
      });
      // a delta adds to the dictionary; otherwise it replaces it for the batches that follow
      dictionaries.set(id, header.bool(2) ? [...(dictionaries.get(id) ?? []), piece] : [piece]);
    } else if (kind === HEADER.recordBatch && header) {
      const schema = fields;
      const columns = once(() =>
        batchColumns(
          bytes,
          header,
          body,
          bodyLength,
          schema.map((f) => ({ name: f.name, buffers: bufferCount(f) })),
        ),
      );
      const length = header.int64(0);
      if (!isCount(length)) throw new ArrowFormatError('een batch heeft een ongeldige lengte');
      batches.push({ length, columns, dictionaries: new Map(dictionaries) });
    }
    // other messages (tensors) carry nothing a table holds
  }
  if (!fields) throw new ArrowFormatError('geen Arrow-stream (geen schema gevonden)');
  return { fields, batches };
}
