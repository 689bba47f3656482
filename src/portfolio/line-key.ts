import { Occurrences } from './key-set.ts';

/**
 * The key that makes re-importing a file add nothing twice: the file's row id with the order when
 * the file has one, otherwise the order and the line's content with its occurrence number in the
 * file (two identical lines of one order stay two lines). A 53-bit hash (cyrb53), stored as a
 * number: for 1M lines the chance that two different lines share a key is about 1 in 18,000.
 */
export function cyrb53(text: string, seed = 0): number {
  return cyrb53Joined([text], seed);
}

/** `cyrb53(parts.join('\u0001'))` without building the joined text (an import hashes 1M of them). */
export function cyrb53Joined(parts: readonly string[], seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      h1 = Math.imul(h1 ^ 1, 2654435761);
      h2 = Math.imul(h2 ^ 1, 1597334677);
    }
    const text = parts[p] as string;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
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
  const seen = new Occurrences();
  return lines.map((l) => lineKey(l, seen));
}

/** One line's key; `seen` counts the identical lines met so far in the same file. */
export function lineKey(l: LineIdentity, seen: Occurrences): number {
  if (l.rowId !== undefined) return cyrb53Joined(['r', l.order, l.rowId]);
  const base = ['f', l.order, l.date, l.customer, l.productCategory ?? '', String(l.revenue), String(l.cost)];
  const h = cyrb53Joined(base);
  const k = seen.next(h);
  if (k === 1) return h;
  base.push(String(k));
  return cyrb53Joined(base);
}
