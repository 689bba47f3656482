/**
 * The key that makes re-importing a file add nothing twice: the file's row id with the order when
 * the file has one, otherwise the order and the line's content with its occurrence number in the
 * file (two identical lines of one order stay two lines). A 53-bit hash (cyrb53), stored as a
 * number: for 1M lines the chance that two different lines share a key is about 1 in 18,000.
 */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export interface LineIdentity {
  order: string;
  rowId?: string | undefined;
  date: string;
  customer: string;
  productCategory?: string | undefined;
  revenue: number;
  cost: number;
}

/** Keys of a file's lines, in file order (occurrence numbers count identical lines). */
export function lineKeys(lines: readonly LineIdentity[]): number[] {
  // Occurrences are counted by hash, not by text: 1M keys as numbers, not 1M long strings.
  const seen = new Map<number, number>();
  return lines.map((l) => lineKey(l, seen));
}

/** One line's key; `seen` counts the identical lines met so far in the same file. */
export function lineKey(l: LineIdentity, seen: Map<number, number>): number {
  if (l.rowId !== undefined) return cyrb53(`r\u0001${l.order}\u0001${l.rowId}`);
  const base = `f\u0001${l.order}\u0001${l.date}\u0001${l.customer}\u0001${l.productCategory ?? ''}\u0001${l.revenue}\u0001${l.cost}`;
  const h = cyrb53(base);
  const k = (seen.get(h) ?? 0) + 1;
  seen.set(h, k);
  return k === 1 ? h : cyrb53(`${base}\u0001${k}`);
}
