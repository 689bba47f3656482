import { normalizeKey } from '../core/values/parsed.ts';
import type { ByteDict } from './byte-dict.ts';
import { freeNow } from './free-now.ts';
import { oneLine } from './one-line.ts';
import type { HalfLines, Texts } from './plain-half-worker.ts';
import type { PlainLines, TextColumn } from './plain-lines.ts';
import type { LineNumbers } from './plain-numbers.ts';
import type { SalesFileLines } from './sales-lines.ts';

/** Each text of a half's dictionary looked up (numbered when new) in the same column of the file's. */
export function remap(
  texts: Texts,
  dict: { id(start: number, end: number): number },
  base: number,
): Int32Array {
  const out = new Int32Array(texts.length / 2);
  for (let id = 0; id < out.length; id++) {
    const start = base + (texts[2 * id] as number);
    out[id] = dict.id(start, start + (texts[2 * id + 1] as number));
  }
  return out;
}

/** Each text of a half's column adopted by the file's column (see TextColumn.adopt). */
function adopt(
  texts: Texts,
  column: TextColumn,
  reader: PlainLines,
  base: number,
  then?: (id: number) => void,
) {
  const out = new Int32Array(texts.length / 2);
  for (let id = 0; id < out.length; id++) {
    const start = base + (texts[2 * id] as number);
    out[id] = column.adopt(reader.cells, start, start + (texts[2 * id + 1] as number));
    then?.(out[id] as number);
  }
  return out;
}

/**
 * Keeps the second half's lines after the first half's, as reading the whole file in one go would:
 * in line order, each numbered in the file's dictionaries; a line whose content the file met before
 * (in either half) is its k-th occurrence, and its key is hashed again from its bytes (`rekey`).
 * The half's lines are in `lines` from `at` on (see HalfLines); kept ones move down to `lines.length`.
 */
export function keepSecondHalf(
  half: HalfLines,
  base: number,
  at: number,
  reader: PlainLines,
  dates: ByteDict,
  iso: readonly string[],
  numbers: LineNumbers,
  lines: SalesFileLines,
): void {
  const orderOf = adopt(half.orders, reader.orders, reader, base);
  const nameOf = adopt(half.names, reader.names, reader, base, (id) => {
    if (id === reader.nameRef.length)
      reader.nameRef.push(oneLine(normalizeKey(reader.names.texts[id] as string)));
  });
  const idOf = adopt(half.ids, reader.ids, reader, base);
  const segmentOf = adopt(half.segments, reader.segments, reader, base);
  const categoryOf = adopt(half.categories, reader.categories, reader, base);
  // The half's rows one after the other, for the rare key hashed again (blank lines are no row).
  let row = -1;
  let cursor = base;
  const rekey = (j: number, k: number): number => {
    for (;;) {
      const start = cursor;
      const next = reader.cells.split(start);
      cursor = Math.abs(next);
      if (next < 0 || ++row < j) continue;
      const [s, e] = reader.dateCell();
      return reader.rekey(start, iso[dates.find(s, e)] as string, k);
    }
  };
  const seen = lines.seen;
  for (let j = 0; j < half.rows; j++) {
    const from = at + j;
    let key = lines.key[from] as number;
    if (half.rowKeyed[j] === 0) {
      // The line's content as counted in the whole file: its key is the hash of its first occurrence.
      const k = seen.next(key);
      if (k > 1) key = rekey(j, k);
    }
    const id = lines.customer[from] as number;
    const segment = lines.segment[from] as number;
    const category = lines.category[from] as number;
    numbers.keep(
      lines.day[from] as number,
      orderOf[lines.order[from] as number] as number,
      nameOf[half.name[j] as number] as number,
      id === -1 ? -1 : (idOf[id] as number),
      segment === -1 ? -1 : (segmentOf[segment] as number),
      category === -1 ? -1 : (categoryOf[category] as number),
      lines.revenue[from] as number,
      lines.cost[from] as number,
      key,
    );
  }
  freeNow(orderOf, nameOf, idOf);
}
