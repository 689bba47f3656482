/**
 * Memory the file's columns gave up once moved (see day-columns.ts), handed out again for the
 * staging's scratch arrays and kept columns. What the staging allocates anew is what the import's
 * resident memory peaks with (the read's garbage is not collected yet), and these bytes are
 * resident already. Only a column's own bytes are given, never the rest of its buffer.
 */
export class SpareMemory {
  private readonly spare: Uint8Array[] = [];

  /** The bytes of `a`, which nothing uses any more. */
  give(a: ArrayBufferView): void {
    if (a.byteLength >= 8) this.spare.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  }

  /**
   * The smallest spare bytes holding `bytes` (and at most `most`), taken; what is left of them
   * past `bytes`, rounded up to 8, stays spare unless `whole`.
   */
  private take(bytes: number, most: number, whole: boolean): Uint8Array | undefined {
    let best = -1;
    this.spare.forEach((s, i) => {
      if (
        s.length >= bytes &&
        s.length <= most &&
        (best === -1 || s.length < (this.spare[best] as Uint8Array).length)
      )
        best = i;
    });
    if (best === -1) return undefined;
    const [got] = this.spare.splice(best, 1) as [Uint8Array];
    const used = (bytes + 7) & ~7;
    if (!whole && got.length - used >= 8) this.spare.push(got.subarray(used));
    return got.subarray(0, bytes);
  }

  /** `k` integers of scratch, of any content: spare when some is big enough, else new. */
  ints(k: number): Int32Array {
    const got = this.take(k * 4, Number.POSITIVE_INFINITY, false);
    return got ? new Int32Array(got.buffer, got.byteOffset, k) : new Int32Array(k);
  }

  /** `k` bytes of scratch, of any content. */
  bytes(k: number): Uint8Array {
    return this.take(k, Number.POSITIVE_INFINITY, false) ?? new Uint8Array(k);
  }

  /**
   * A column of `k` integers the months keep: spare bytes only when they are not much more than
   * it needs, since the months' views keep all of them.
   */
  intColumn(k: number): Int32Array {
    const got = this.take(k * 4, k * 4 + ((k * 4) >> 4), true);
    return got ? new Int32Array(got.buffer, got.byteOffset, k) : new Int32Array(k);
  }
}
