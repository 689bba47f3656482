import { normalizeKey } from '../core/values/parsed.ts';
import { freeNow, grown } from './free-now.ts';
import { oneLine } from './one-line.ts';
import type { HalfExtra, HalfProgress, Texts } from './plain-half-worker.ts';
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

/** A half's ids in the file's dictionary of one column, growing as the half tells its new texts. */
class IdMap {
  ids = new Int32Array(1 << 10);
  private size = 0;

  /** Each text of `texts` (numbered after those before) adopted by the file's column (see TextColumn.adopt). */
  adopt(
    texts: Texts,
    column: TextColumn,
    reader: PlainLines,
    base: number,
    then?: (id: number) => void,
  ): void {
    const n = texts.length / 2;
    if (this.size + n > this.ids.length) this.ids = grown(this.ids, this.size, this.size + n);
    for (let k = 0; k < n; k++) {
      const start = base + (texts[2 * k] as number);
      const id = column.adopt(reader.cells, start, start + (texts[2 * k + 1] as number));
      this.ids[this.size++] = id;
      then?.(id);
    }
  }

  release(): void {
    freeNow(this.ids);
  }
}

/**
 * Keeps the second half's lines after the first half's, as reading the whole file in one go would:
 * in line order, each numbered in the file's dictionaries; a line whose content the file met before
 * (in either half) is its k-th occurrence, and its key is hashed again from its bytes (`rekey`).
 * The half's lines are in `lines` from `at` on (see HalfProgress); kept ones move down to
 * `lines.length`. They are kept as the half's thread tells it has read them (`keep`), once every
 * line of the first half is.
 */
export class SecondHalfKeeper {
  private readonly orderOf = new IdMap();
  private readonly nameOf = new IdMap();
  private readonly idOf = new IdMap();
  private readonly segmentOf = new IdMap();
  private readonly categoryOf = new IdMap();
  /** The half's lines kept so far. */
  private kept = 0;
  // The half's rows one after the other, for the rare key hashed again (blank lines are no row).
  private row = -1;
  private cursor: number;

  constructor(
    private readonly extra: HalfExtra,
    private readonly base: number,
    private readonly at: number,
    private readonly reader: PlainLines,
    /** The ISO text of a date cell of the half. */
    private readonly isoAt: (s: number, e: number) => string,
    private readonly numbers: LineNumbers,
    private readonly lines: SalesFileLines,
  ) {
    this.cursor = base;
  }

  private rekey(j: number, k: number): number {
    const { reader } = this;
    for (;;) {
      const start = this.cursor;
      const next = reader.cells.split(start);
      this.cursor = Math.abs(next);
      if (next < 0 || ++this.row < j) continue;
      const [s, e] = reader.dateCell();
      return reader.rekey(start, this.isoAt(s, e), k);
    }
  }

  /** Keeps the half's lines the thread has read since the last progress. */
  keep(progress: HalfProgress): void {
    const { reader, base } = this;
    this.orderOf.adopt(progress.orders, reader.orders, reader, base);
    this.nameOf.adopt(progress.names, reader.names, reader, base, (id) => {
      if (id === reader.nameRef.length)
        reader.nameRef.push(oneLine(normalizeKey(reader.names.texts[id] as string)));
    });
    this.idOf.adopt(progress.ids, reader.ids, reader, base);
    this.segmentOf.adopt(progress.segments, reader.segments, reader, base);
    this.categoryOf.adopt(progress.categories, reader.categories, reader, base);
    this.keepRows(this.kept, progress.rows);
    this.kept = Math.max(this.kept, progress.rows);
  }

  /**
   * Keeps the half's rows `[from, to)`. A method of its own: its loop is optimized while it runs
   * (OSR), and code after such a loop that had never run had no type feedback: in `keep`, the line
   * after the loop sent the function back to the interpreter after every message (--trace-deopt:
   * 41 deoptimizations on 1M lines, now none).
   */
  private keepRows(from: number, to: number): void {
    const { lines, numbers, extra, at } = this;
    const orderOf = this.orderOf.ids;
    const nameOf = this.nameOf.ids;
    const idOf = this.idOf.ids;
    const segmentOf = this.segmentOf.ids;
    const categoryOf = this.categoryOf.ids;
    const { seen } = lines;
    const { name, rowKeyed } = extra;
    for (let j = from; j < to; j++) {
      const row = at + j;
      let key = lines.key[row] as number;
      if (rowKeyed[j] === 0) {
        // The line's content as counted in the whole file: its key is the hash of its first occurrence.
        const k = seen.next(key);
        if (k > 1) key = this.rekey(j, k);
      }
      const id = lines.customer[row] as number;
      const segment = lines.segment[row] as number;
      const category = lines.category[row] as number;
      numbers.keep(
        lines.day[row] as number,
        orderOf[lines.order[row] as number] as number,
        nameOf[name[j] as number] as number,
        id === -1 ? -1 : (idOf[id] as number),
        segment === -1 ? -1 : (segmentOf[segment] as number),
        category === -1 ? -1 : (categoryOf[category] as number),
        lines.revenue[row] as number,
        lines.cost[row] as number,
        key,
      );
    }
  }

  release(): void {
    for (const m of [this.orderOf, this.nameOf, this.idOf, this.segmentOf, this.categoryOf]) m.release();
  }
}
