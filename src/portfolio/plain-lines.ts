import { normalizeKey } from '../core/values/parsed.ts';
import { ByteDict } from './byte-dict.ts';
import { freeNow, grown } from './free-now.ts';
import { Cyrb53Parts } from './line-key.ts';
import { oneLine } from './one-line.ts';
import { notPlain, type PlainCells, POW10 } from './plain-cells.ts';
import type { SalesColumnMap } from './read-sales.ts';
import type { SalesLineValues } from './sales-lines.ts';

/** The decimal separator (character code, 0: the cell decides) each amount column is read with. */
export interface DecimalHints {
  revenue: number;
  cost: number;
  margin: number;
}

/** The distinct texts of a column, numbered in order of first appearance in the lines read. */
export class TextColumn {
  readonly dict: ByteDict;
  /** Each id's text, when the column keeps them (else only checked). */
  readonly texts: string[] = [];
  size = 0;
  /** Where each text adopted without its string is in the file: start, then end (see `adopt`). */
  private adopted = new Int32Array(0);
  private adoptedCount = 0;
  /** The ids from which texts were adopted (the dictionary's are below). */
  private adoptedFrom = -1;

  constructor(
    bytes: Uint8Array,
    readonly field: string,
    private readonly keep: boolean,
    expected = 0,
  ) {
    this.dict = new ByteDict(bytes, expected);
  }

  /** The id of the cell `[s, e)`, its text checked (and kept) when it is new. */
  id(cells: PlainCells, s: number, e: number): number {
    const id = this.dict.id(s, e);
    if (id === this.size) {
      this.size++;
      if (this.keep) this.texts.push(cells.plainText(this.field, s, e));
      else cells.checkText(this.field, s, e);
    }
    return id;
  }

  /**
   * The id of a text checked elsewhere (the other half's), numbered after the others when it is
   * new — without entering the dictionary: no line read after this one may have it. A column that
   * keeps no text keeps where it is in the file.
   */
  adopt(cells: PlainCells, s: number, e: number): number {
    const id = this.dict.find(s, e);
    if (id !== -1) return id;
    if (this.keep) this.texts.push(cells.text(s, e));
    else {
      if (this.adoptedFrom === -1) this.adoptedFrom = this.size;
      if (2 * this.adoptedCount === this.adopted.length)
        this.adopted = grown(this.adopted, this.adopted.length, 1 << 12);
      const at = 2 * this.adoptedCount++;
      this.adopted[at] = s;
      this.adopted[at + 1] = e;
    }
    return this.size++;
  }

  /** Gives back the column's memory once every line is kept. */
  release(): void {
    this.dict.release();
    freeNow(this.adopted);
  }

  /** Where the text of `id` is in the file (its first occurrence). */
  start(id: number): number {
    return this.adoptedFrom !== -1 && id >= this.adoptedFrom
      ? (this.adopted[2 * (id - this.adoptedFrom)] as number)
      : this.dict.start(id);
  }

  end(id: number): number {
    return this.adoptedFrom !== -1 && id >= this.adoptedFrom
      ? (this.adopted[2 * (id - this.adoptedFrom) + 1] as number)
      : this.dict.end(id);
  }
}

/**
 * Reads the lines of a plain file one at a time, as the general reader + `SalesFileLines.add` would:
 * each line's texts as dictionary ids, its amounts, and its key (lineKey's, hashed from the bytes).
 * The reader of each half of a big file (see plain-half.ts) is one of these.
 */
export class PlainLines {
  readonly orders: TextColumn;
  readonly names: TextColumn;
  /** Per name id: the customer's reference when the line has no customer id. */
  readonly nameRef: string[] = [];
  readonly ids: TextColumn;
  readonly segments: TextColumn;
  readonly categories: TextColumn;
  // The line just read.
  oid = 0;
  nid = 0;
  /** -1: no customer id on the line. */
  iid = -1;
  seg = -1;
  cat = -1;
  revenue = 0;
  cost = 0;
  /** The decimal separator each amount cell of the line reveals (see PlainCells.revealed; 0: none, or no cell). */
  revenueSep = 0;
  costSep = 0;
  marginSep = 0;
  /** The occurrence number of the line's content in the lines read (0: the line has a row id). */
  k = 0;
  private os = 0;
  private oe = 0;
  /** The row id cell (empty: none). */
  private rowStart = 0;
  private rowEnd = 0;
  private revenueInt = 0;
  private revenueScale = 0;
  /** The cost as an integer and decimals when it is the decimal's nearest double, else NaN. */
  private costInt = Number.NaN;
  private costScale = 0;
  private readonly hash = new Cyrb53Parts();

  /** `lines`: the lines it is to read, when known (an order has two on average in the exports seen). */
  constructor(
    readonly cells: PlainCells,
    private readonly cols: SalesColumnMap,
    private readonly hints: DecimalHints,
    lines = 0,
  ) {
    const { bytes } = cells;
    // The orders' texts are not made: they are copied as bytes (see order-ids.ts).
    this.orders = new TextColumn(bytes, 'order', false, lines >> 1);
    this.names = new TextColumn(bytes, 'customer', true);
    this.ids = new TextColumn(bytes, 'customer_id', true);
    this.segments = new TextColumn(bytes, 'customer_category', true);
    this.categories = new TextColumn(bytes, 'product_category', true);
  }

  /** Gives back the dictionaries' memory once every line is kept. */
  release(): void {
    for (const c of [this.orders, this.names, this.ids, this.segments, this.categories]) c.release();
  }

  /** Reads on in the piece `bytes` of the file (whole lines), which starts at `base` in it. */
  use(bytes: Uint8Array, base: number): void {
    this.cells.use(bytes);
    for (const c of [this.orders, this.names, this.ids, this.segments, this.categories])
      c.dict.use(bytes, base);
  }

  /** The id of the customer name `[s, e)`; a new name gets its reference too. */
  nameId(s: number, e: number): number {
    const nid = this.names.id(this.cells, s, e);
    if (nid === this.nameRef.length)
      this.nameRef.push(oneLine(normalizeKey(this.names.texts[nid] as string)));
    return nid;
  }

  /** The customer's reference: its id when the line has one, else its name's key. */
  get ref(): string {
    return this.iid === -1 ? (this.nameRef[this.nid] as string) : (this.ids.texts[this.iid] as string);
  }

  private label(column: TextColumn, col: number | undefined): number {
    if (col === undefined) return -1;
    const s = this.cells.starts[col] as number;
    const e = this.cells.ends[col] as number;
    return e === s ? -1 : column.id(this.cells, s, e);
  }

  /** Reads the line at `i` (its date aside); the index after it, negated when the line is blank. */
  read(i: number): number {
    const { cells, cols } = this;
    const next = cells.split(i);
    if (next < 0) return next;
    const { starts, ends } = cells;
    this.os = starts[cols.order] as number;
    this.oe = ends[cols.order] as number;
    this.oid = this.orders.id(cells, this.os, this.oe);
    this.nid = this.nameId(starts[cols.customer] as number, ends[cols.customer] as number);
    this.iid = this.label(this.ids, cols.customer_id);
    this.seg = this.label(this.segments, cols.customer_category);
    this.cat = this.label(this.categories, cols.product_category);
    this.amounts();
    return next;
  }

  /** The amounts of the line just split, and its row id. */
  private amounts(): void {
    const { cells, cols } = this;
    const { starts, ends } = cells;
    const rs = starts[cols.revenue] as number;
    const re = ends[cols.revenue] as number;
    const revenue = cells.number('revenue', rs, re, this.hints.revenue, true);
    this.revenueInt = cells.int;
    this.revenueScale = cells.scale;
    this.revenueSep = cells.revealed;
    this.costSep = 0;
    this.marginSep = 0;
    let cost: number | undefined;
    let costInt = Number.NaN;
    let costScale = 0;
    const cs = cols.cost === undefined ? 0 : (starts[cols.cost] as number);
    const ce = cols.cost === undefined ? 0 : (ends[cols.cost] as number);
    if (ce > cs) {
      cost = cells.number('cost', cs, ce, this.hints.cost, true);
      costInt = cells.int;
      costScale = cells.scale;
      this.costSep = cells.revealed;
    }
    if (cols.margin !== undefined && (ends[cols.margin] as number) > (starts[cols.margin] as number)) {
      const margin = cells.number(
        'margin',
        starts[cols.margin] as number,
        ends[cols.margin] as number,
        this.hints.margin,
        false,
      );
      this.marginSep = cells.revealed;
      if (cost === undefined) {
        cost = revenue - margin;
        // revenue − margin as decimals: the same double when no rounding got in between.
        costScale = Math.max(this.revenueScale, cells.scale);
        costInt =
          this.revenueInt * (POW10[costScale - this.revenueScale] as number) -
          cells.int * (POW10[costScale - cells.scale] as number);
        if (!Number.isSafeInteger(costInt) || costInt / (POW10[costScale] as number) !== cost)
          costInt = Number.NaN;
      }
    }
    if (cost === undefined) {
      notPlain();
      return;
    }
    this.revenue = revenue;
    this.cost = cost;
    this.costInt = costInt;
    this.costScale = costScale;
    this.rowStart = 0;
    this.rowEnd = 0;
    if (cols.row_id !== undefined && (ends[cols.row_id] as number) > (starts[cols.row_id] as number)) {
      this.rowStart = starts[cols.row_id] as number;
      this.rowEnd = ends[cols.row_id] as number;
      cells.checkText('row_id', this.rowStart, this.rowEnd);
    }
  }

  /**
   * The key of the line at `i`, a line read before (by either half), as the `k`-th occurrence of its
   * content in the file: hashed from its bytes alone, no dictionary looked up.
   */
  rekey(i: number, iso: string, k: number): number {
    const { cells, cols } = this;
    cells.split(i);
    const { starts, ends } = cells;
    const cell = (col: number | undefined) =>
      col === undefined ? '' : cells.text(starts[col] as number, ends[col] as number);
    this.os = starts[cols.order] as number;
    this.oe = ends[cols.order] as number;
    this.amounts();
    const id = cell(cols.customer_id);
    const ref = id !== '' ? id : oneLine(normalizeKey(cell(cols.customer)));
    return this.contentKeyOf(iso, ref, cell(cols.product_category), k);
  }

  /** The date cell of the line just split. */
  dateCell(): [number, number] {
    const { starts, ends } = this.cells;
    return [starts[this.cols.date] as number, ends[this.cols.date] as number];
  }

  /**
   * The line's key (lineKey's); `seen` counts the identical lines met before it. Without `seen`, the
   * key as if the line's content were met for the first time (its content hash): the caller counts.
   */
  key(iso: string, seen?: { next(hash: number): number }): number {
    if (this.rowEnd > this.rowStart) {
      this.k = 0;
      const { bytes } = this.cells;
      return this.hash
        .begin()
        .text('r')
        .bytes(bytes, this.os, this.oe)
        .bytes(bytes, this.rowStart, this.rowEnd)
        .end();
    }
    const h = this.contentKey(iso, 1);
    this.k = seen === undefined ? 1 : seen.next(h);
    return this.k === 1 ? h : this.contentKey(iso, this.k);
  }

  /** The key of the line's content as its `k`-th occurrence in the file. */
  contentKey(iso: string, k: number): number {
    const category = this.cat === -1 ? '' : (this.categories.texts[this.cat] as string);
    return this.contentKeyOf(iso, this.ref, category, k);
  }

  private contentKeyOf(iso: string, ref: string, category: string, k: number): number {
    const h = this.hash
      .begin()
      .text('f')
      .bytes(this.cells.bytes, this.os, this.oe)
      .text(iso)
      .text(ref)
      .text(category);
    // String(revenue) and String(cost) hashed from their digits where they are decimals.
    if (!h.decimal(this.revenueInt, this.revenueScale)) h.text(String(this.revenue));
    if (Number.isNaN(this.costInt) || !h.decimal(this.costInt, this.costScale)) h.text(String(this.cost));
    if (k > 1) h.text(String(k));
    return h.end();
  }

  /** The line's values, as the general reader gives them (for the preview of the first lines). */
  values(iso: string): SalesLineValues {
    const { cells } = this;
    return {
      date: iso,
      order: cells.text(this.os, this.oe),
      customerId: this.iid === -1 ? undefined : this.ids.texts[this.iid],
      customer: this.names.texts[this.nid] as string,
      segment: this.seg === -1 ? undefined : this.segments.texts[this.seg],
      category: this.cat === -1 ? undefined : this.categories.texts[this.cat],
      revenue: this.revenue,
      cost: this.cost,
      rowId: this.rowEnd > this.rowStart ? cells.text(this.rowStart, this.rowEnd) : undefined,
    };
  }
}
