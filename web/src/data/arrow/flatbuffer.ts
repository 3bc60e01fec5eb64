/**
 * Reading FlatBuffers tables in place: only what Arrow's IPC metadata (Message.fbs, Schema.fbs) needs. A read past
 * the end of the bytes throws the DataView's RangeError, which the IPC reader reports as a corrupt file.
 */
export class FlatTable {
  private constructor(
    private readonly view: DataView,
    /** Where the table starts in `view`. */
    readonly at: number,
  ) {}

  /** The root table of a FlatBuffer that starts at `at`. */
  static root(view: DataView, at: number): FlatTable {
    return new FlatTable(view, at + view.getUint32(at, true));
  }

  /** Where field `index` is stored, or null when the table leaves it out (the schema's default applies). */
  private field(index: number): number | null {
    const vtable = this.at - this.view.getInt32(this.at, true);
    const slot = 4 + 2 * index;
    if (slot >= this.view.getUint16(vtable, true)) return null;
    const offset = this.view.getUint16(vtable + slot, true);
    return offset === 0 ? null : this.at + offset;
  }

  /** Where the object an offset field points at starts. */
  private target(index: number): number | null {
    const at = this.field(index);
    return at === null ? null : at + this.view.getUint32(at, true);
  }

  uint8(index: number, fallback = 0): number {
    const at = this.field(index);
    return at === null ? fallback : this.view.getUint8(at);
  }

  int16(index: number, fallback = 0): number {
    const at = this.field(index);
    return at === null ? fallback : this.view.getInt16(at, true);
  }

  int32(index: number, fallback = 0): number {
    const at = this.field(index);
    return at === null ? fallback : this.view.getInt32(at, true);
  }

  /** A 64-bit integer as a number (Arrow's lengths and ids stay far below 2^53). */
  int64(index: number, fallback = 0): number {
    const at = this.field(index);
    return at === null ? fallback : Number(this.view.getBigInt64(at, true));
  }

  bool(index: number, fallback = false): boolean {
    const at = this.field(index);
    return at === null ? fallback : this.view.getUint8(at) !== 0;
  }

  table(index: number): FlatTable | null {
    const at = this.target(index);
    return at === null ? null : new FlatTable(this.view, at);
  }

  /** Where a vector's (or string's) elements start and how many there are, once they are known to lie inside the bytes. */
  private vector(index: number, elementBytes: number): { start: number; length: number } | null {
    const at = this.target(index);
    if (at === null) return null;
    const length = this.view.getUint32(at, true);
    // the view, not the buffer under it, bounds the read: the bytes may be a slice of a larger buffer
    if (at + 4 + length * elementBytes > this.view.byteLength) throw new RangeError('vector past the end');
    return { start: at + 4, length };
  }

  string(index: number): string | null {
    const vector = this.vector(index, 1);
    if (vector === null) return null;
    return new TextDecoder().decode(new Uint8Array(this.view.buffer, this.view.byteOffset + vector.start, vector.length));
  }

  /** A vector of tables. */
  tables(index: number): FlatTable[] {
    const vector = this.vector(index, 4);
    if (vector === null) return [];
    const { start: at, length } = vector;
    return Array.from({ length }, (_, i) => {
      const element = at + 4 * i;
      return new FlatTable(this.view, element + this.view.getUint32(element, true));
    });
  }

  /** A vector of structs of 64-bit integers, `width` to a struct (FieldNode and Buffer are both two). */
  int64Structs(index: number, width: number): number[][] {
    const vector = this.vector(index, 8 * width);
    if (vector === null) return [];
    const { start, length } = vector;
    return Array.from({ length }, (_, i) => Array.from({ length: width }, (_, j) => Number(this.view.getBigInt64(start + 8 * (width * i + j), true))));
  }
}
