/**
 * Gives a big typed array's memory back now, not at the next full collection: a buffer that lived
 * through an import's read sits in the old generation, where dropping it frees nothing until V8
 * runs a full collection (measured: ~25 MB of them still resident when the import's store write
 * peaked). Its memory is moved (transferred, not copied) into a new buffer that nothing keeps,
 * which the next young-generation collection frees — they come every few milliseconds while an
 * import runs. The array is left empty; so is any other view of the same buffer (callers pass
 * arrays only they hold). Shared memory cannot be moved: it is left to the collector.
 */
export function freeNow(...arrays: { buffer: ArrayBufferLike }[]): void {
  for (const a of arrays)
    if (a.buffer instanceof ArrayBuffer && a.buffer.byteLength > 0)
      structuredClone(a.buffer, { transfer: [a.buffer] });
}

/**
 * `a`'s first `used` elements in a new array of the same kind, at least twice as long as `a` and at
 * least `length` long; `a`'s memory is given back now (freeNow): for arrays that grow as a read goes.
 */
export function grown<T extends Int32Array | Uint8Array>(a: T, used: number, length = 0): T {
  const next = new (a.constructor as new (length: number) => T)(Math.max(2 * a.length, length));
  next.set(a.subarray(0, used));
  freeNow(a);
  return next;
}
