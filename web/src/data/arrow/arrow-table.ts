/**
 * A published Arrow table, read without apache-arrow: the app's region and trend tables hold only text (plain or
 * dictionary-encoded), float64, int32 and bool columns, and this reader is a fraction of apache-arrow's code on
 * the path to the first map. A column is decoded on first use, into numbers (NaN for a missing value, never 0) or
 * texts (null for a missing one). `checkBuffers` proves every buffer lies inside the file before a value is read.
 */
import { fmt } from '../../format/format.ts';
import { ArrowFormatError, readIpcStream, type ArrowField, type ArrowType, type BatchColumn, type RecordBatch } from './ipc-stream.ts';

export { ArrowFormatError, type ArrowField };

/** A type as apache-arrow prints it (the names the contract check's messages have always used). */
export function arrowTypeName(field: Pick<ArrowField, 'type' | 'dictionary'>): string {
  const name = (type: ArrowType): string => {
    switch (type.kind) {
      case 'utf8':
        return 'Utf8';
      case 'float':
        return `Float${type.bits}`;
      case 'int':
        return `${type.signed ? 'I' : 'Ui'}nt${type.bits}`;
      case 'bool':
        return 'Bool';
      case 'null':
        return 'Null';
      case 'other':
        return type.name;
    }
  };
  return field.dictionary ? `Dictionary<${name(field.dictionary.index)}, ${name(field.type)}>` : name(field.type);
}

/** Bytes per value of a fixed-width type this reader decodes, else null. */
function valueBytes(type: ArrowType): number | null {
  if (type.kind === 'float') return type.bits === 16 ? null : type.bits / 8;
  if (type.kind === 'int') return [8, 16, 32, 64].includes(type.bits) ? type.bits / 8 : null;
  return null;
}

/** Far more rows than any published table; a length beyond it is a damaged file (or an all-null table of no use). */
const MAX_ROWS = 2 ** 30;
const bitmapBytes = (length: number): number => Math.ceil(length / 8);
const bit = (bytes: Uint8Array, i: number): boolean => ((bytes[i >> 3] ?? 0) & (1 << (i & 7))) !== 0;

/** Whether slot i holds a value (a column without nulls may leave its bitmap out). */
function validity(piece: BatchColumn): (i: number) => boolean {
  const bits = piece.nullCount > 0 ? piece.buffers[0] : undefined;
  return bits ? (i) => bit(bits, i) : () => true;
}

/** A buffer's bytes aligned for a typed view (IPC pads buffers to 8 bytes, but a copy costs little when not). */
function aligned(bytes: Uint8Array, size: number, width: number): { buffer: ArrayBufferLike; byteOffset: number } {
  // a copy through the constructor: a Node Buffer's slice() is a view, not a copy
  return bytes.byteOffset % width === 0
    ? { buffer: bytes.buffer, byteOffset: bytes.byteOffset }
    : { buffer: new Uint8Array(bytes.subarray(0, size)).buffer, byteOffset: 0 };
}

/** The fixed-width values of a piece's data buffer as numbers. */
function fixedValues(type: ArrowType, data: Uint8Array, length: number): ArrayLike<number> {
  const width = valueBytes(type) ?? 0;
  const { buffer, byteOffset } = aligned(data, length * width, width);
  if (type.kind === 'float') return type.bits === 32 ? new Float32Array(buffer, byteOffset, length) : new Float64Array(buffer, byteOffset, length);
  const signed = type.kind === 'int' && type.signed;
  switch (width) {
    case 1:
      return signed ? new Int8Array(buffer, byteOffset, length) : new Uint8Array(buffer, byteOffset, length);
    case 2:
      return signed ? new Int16Array(buffer, byteOffset, length) : new Uint16Array(buffer, byteOffset, length);
    case 4:
      return signed ? new Int32Array(buffer, byteOffset, length) : new Uint32Array(buffer, byteOffset, length);
    default: {
      const big = signed ? new BigInt64Array(buffer, byteOffset, length) : new BigUint64Array(buffer, byteOffset, length);
      return Float64Array.from(big, Number);
    }
  }
}

/** A piece's values as numbers from `start` in `out`; a missing value, and text, stays NaN. */
function writeNumbers(type: ArrowType, piece: BatchColumn, out: Float64Array, start: number): void {
  const { length } = piece;
  const valid = validity(piece);
  const data = piece.buffers[1];
  if (!data) return;
  if (type.kind === 'bool') {
    for (let i = 0; i < length; i++) if (valid(i)) out[start + i] = bit(data, i) ? 1 : 0;
    return;
  }
  if (valueBytes(type) === null) return;
  const values = fixedValues(type, data, length);
  if (piece.nullCount === 0 && values instanceof Float64Array) {
    out.set(values, start);
    return;
  }
  for (let i = 0; i < length; i++) if (valid(i)) out[start + i] = values[i] ?? NaN;
}

/** A UTF-8 column's texts: one decode of the whole buffer when each byte is one character, else one per value. */
function utf8Texts(piece: BatchColumn): (string | null)[] {
  const { length } = piece;
  const valid = validity(piece);
  const offsetBytes = piece.buffers[1] ?? new Uint8Array(0);
  const data = piece.buffers[2] ?? new Uint8Array(0);
  const offsets = length > 0 ? (fixedValues({ kind: 'int', bits: 32, signed: true }, offsetBytes, length + 1) as Int32Array) : new Int32Array(1);
  const decoder = new TextDecoder();
  const whole = decoder.decode(data);
  const oneToOne = whole.length === data.byteLength;
  const out = new Array<string | null>(length);
  for (let i = 0; i < length; i++) {
    const from = offsets[i] ?? 0;
    const to = offsets[i + 1] ?? 0;
    out[i] = !valid(i) ? null : oneToOne ? whole.slice(from, to) : decoder.decode(data.subarray(from, to));
  }
  return out;
}

/** A piece's values as texts: numbers and booleans written out (String(value)), a missing value and NaN null. */
function pieceTexts(type: ArrowType, piece: BatchColumn): (string | null)[] {
  if (type.kind === 'utf8') return utf8Texts(piece);
  const numbers = new Float64Array(piece.length).fill(NaN);
  writeNumbers(type, piece, numbers, 0);
  const valid = validity(piece);
  const text = type.kind === 'bool' ? (v: number) => String(v === 1) : String;
  return Array.from(numbers, (v, i) => (valid(i) && !Number.isNaN(v) ? text(v) : null));
}

export class ArrowTable {
  readonly numRows: number;
  private readonly index: Map<string, number>;
  /** Each dictionary's values, decoded once per set of pieces (a batch's dictionaries share them). */
  private readonly dictionaryTexts = new WeakMap<readonly (() => BatchColumn)[], (string | null)[]>();
  /** Values are read only after checkBuffers: unchecked, a damaged file could be read past its end. */
  private checked = false;

  private constructor(
    readonly fields: readonly ArrowField[],
    private readonly batches: readonly RecordBatch[],
  ) {
    this.numRows = batches.reduce((n, b) => n + b.length, 0);
    this.index = new Map(fields.map((f, i) => [f.name, i]));
  }

  /** The table's schema and where its batches lie; throws an ArrowFormatError or RangeError on a broken file. */
  static fromIPC(bytes: Uint8Array): ArrowTable {
    const { fields, batches } = readIpcStream(bytes);
    return new ArrowTable(fields, batches);
  }

  field(name: string): ArrowField | undefined {
    const i = this.index.get(name);
    return i === undefined ? undefined : this.fields[i];
  }

  /** Proves that every buffer a column's values are read from lies inside the file; throws an ArrowFormatError. */
  checkBuffers(): void {
    const need = (bytes: Uint8Array | undefined, size: number, field: ArrowField) => {
      if ((bytes?.byteLength ?? 0) < size) throw new ArrowFormatError(`kolom ‘${field.name}’: een buffer is korter dan de kolom`);
    };
    const checkPiece = (type: ArrowType, piece: BatchColumn, field: ArrowField) => {
      if (piece.nullCount > 0) need(piece.buffers[0], bitmapBytes(piece.length), field);
      if (type.kind === 'bool') need(piece.buffers[1], bitmapBytes(piece.length), field);
      const width = valueBytes(type);
      if (width !== null) need(piece.buffers[1], piece.length * width, field);
      if (type.kind === 'utf8' && piece.length > 0) {
        need(piece.buffers[1], (piece.length + 1) * 4, field);
        const offsets = fixedValues({ kind: 'int', bits: 32, signed: true }, piece.buffers[1] ?? new Uint8Array(0), piece.length + 1);
        for (let i = 0; i < piece.length; i++) {
          if ((offsets[i] ?? -1) < 0 || (offsets[i] ?? 0) > (offsets[i + 1] ?? -1))
            throw new ArrowFormatError(`kolom ‘${field.name}’: de tekstposities lopen terug`);
        }
        need(piece.buffers[2], offsets[piece.length] ?? 0, field);
      }
    };
    if (this.numRows > MAX_ROWS) throw new ArrowFormatError(`te veel rijen (${fmt.integer(this.numRows)})`);
    for (const batch of this.batches) {
      const columns = batch.columns();
      this.fields.forEach((field, i) => {
        const piece = columns[i];
        if (!piece || piece.length !== batch.length) throw new ArrowFormatError(`kolom ‘${field.name}’ is niet zo lang als de tabel`);
        if (!field.dictionary) return checkPiece(field.type, piece, field);
        const { index } = field.dictionary;
        if (index.kind !== 'int' || valueBytes(index) === null)
          throw new ArrowFormatError(`kolom ‘${field.name}’: woordenboekindex van type ${arrowTypeName({ type: index, dictionary: null })}`);
        checkPiece(index, piece, field);
        const pieces = batch.dictionaries.get(field.dictionary.id);
        if (!pieces) throw new ArrowFormatError(`kolom ‘${field.name}’: woordenboek ontbreekt`);
        for (const values of pieces) checkPiece(field.type, values(), field);
      });
    }
    this.checked = true;
  }

  /** A column's values as numbers (NaN where missing or text); null when there is no such column. */
  numbers(name: string): Float64Array | null {
    const field = this.field(name);
    if (!field) return null;
    const out = new Float64Array(this.numRows).fill(NaN);
    let next = 0;
    for (const { piece, batch } of this.pieces(field)) {
      const start = next;
      next += piece.length;
      if (field.dictionary) {
        // text stays NaN, as a number column's missing value does
        if (field.type.kind === 'utf8') continue;
        const indices = fixedValues(field.dictionary.index, piece.buffers[1] ?? new Uint8Array(0), piece.length);
        const values = this.dictionary(field, batch).map((v) => (v === null ? NaN : Number(v)));
        const valid = validity(piece);
        for (let i = 0; i < piece.length; i++) if (valid(i)) out[start + i] = values[indices[i] ?? -1] ?? NaN;
      } else writeNumbers(field.type, piece, out, start);
    }
    return out;
  }

  /** A column's values as texts (null where missing); null when there is no such column. */
  strings(name: string): (string | null)[] | null {
    const field = this.field(name);
    if (!field) return null;
    const out: (string | null)[] = [];
    for (const { piece, batch } of this.pieces(field)) {
      if (field.dictionary) {
        const indices = fixedValues(field.dictionary.index, piece.buffers[1] ?? new Uint8Array(0), piece.length);
        const values = this.dictionary(field, batch);
        const valid = validity(piece);
        for (let i = 0; i < piece.length; i++) out.push(valid(i) ? (values[indices[i] ?? -1] ?? null) : null);
      } else for (const text of pieceTexts(field.type, piece)) out.push(text);
    }
    return out;
  }

  private *pieces(field: ArrowField): Generator<{ piece: BatchColumn; batch: RecordBatch }> {
    if (!this.checked) throw new Error('ArrowTable: values read before checkBuffers()');
    const i = this.index.get(field.name) ?? -1;
    for (const batch of this.batches) {
      const piece = batch.columns()[i];
      if (piece) yield { piece, batch };
    }
  }

  private dictionary(field: ArrowField, batch: RecordBatch): (string | null)[] {
    const pieces = batch.dictionaries.get(field.dictionary?.id ?? -1) ?? [];
    let texts = this.dictionaryTexts.get(pieces);
    if (!texts) this.dictionaryTexts.set(pieces, (texts = pieces.flatMap((values) => pieceTexts(field.type, values()))));
    return texts;
  }
}
