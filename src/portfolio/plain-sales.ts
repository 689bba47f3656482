import { isAscii } from 'node:buffer';
import { describeOptions } from '../core/options.ts';
import { type DateOrder, type DecimalSeparator, normalizeKey, parseDate } from '../core/values.ts';
import { DateOrderTally } from '../import/column-tally.ts';
import type { CsvStream } from '../import/csv-stream.ts';
import { ByteDict } from './byte-dict.ts';
import { dayOf } from './days.ts';
import { Cyrb53Parts } from './line-key.ts';
import type { SalesColumnMap, SalesRead, SalesScan } from './read-sales.ts';
import { salesRowOptions } from './sales-fields.ts';
import { oneLine, type SalesFileLines, type SalesLineValues } from './sales-lines.ts';

/**
 * `/import sales` of a plain file read straight from its bytes: ASCII, no quote, every cell of the
 * mapped columns as the reader keeps it (no space to trim, no formula escape) and valid. Repeated
 * texts (dates, orders, customers, categories) are looked up by their bytes and become strings
 * once; amounts are read digit by digit. What it stores is what `readSales` + `SalesFileLines.add`
 * store, by construction: the same parsers decide each distinct text, the same keys are computed.
 * At the first cell it would read otherwise (a bad row, a quote, `1 234,50`…) it gives up and the
 * general reader reads the file, errors and all. 1M lines: ~8 s through the general reader.
 */

const NL = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const APOSTROPHE = 39;
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Lets the event loop run between blocks of lines (other commands, the store lock's refresh). */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const BLOCK = 1 << 14;

/** Gave up: the general reader takes the file. */
class NotPlain extends Error {}
const notPlain = (): never => {
  throw new NotPlain();
};

export interface PlainSales {
  scan: SalesScan;
  lines: SalesFileLines;
  read: SalesRead;
}

interface Env {
  today: string;
  dates: DateOrder | undefined;
  maxRows: number;
}

/**
 * Where the lines after the header start (the header: the first line with a cell that is not
 * blank), or -1 when the header line has a quoted line end.
 */
function bodyStart(bytes: Uint8Array, from: number, delimiter: number): number {
  let i = from;
  for (;;) {
    let nl = bytes.indexOf(NL, i);
    if (nl === -1) nl = bytes.length;
    let blank = true;
    for (let k = i; k < nl && blank; k++) {
      const b = bytes[k];
      blank = b === SPACE || b === CR || b === 9 || b === delimiter;
    }
    if (!blank) {
      let quotes = 0;
      for (let k = i; k < nl; k++) if (bytes[k] === QUOTE) quotes++;
      return quotes % 2 === 0 ? Math.min(nl + 1, bytes.length) : -1;
    }
    if (nl >= bytes.length) return -1;
    i = nl + 1;
  }
}

/** Bounds of the mapped options, as the general row reader takes them. */
function bounds(): Record<string, { min: number; max: number }> {
  return Object.fromEntries(
    describeOptions(salesRowOptions).map((o) => [
      o.name,
      {
        min: o.kind === 'text' ? 1 : o.kind === 'money' ? 0 : (o.min ?? -1e12),
        max: o.kind === 'text' ? (o.maxLength ?? 200) : (o.max ?? 1e12),
      },
    ]),
  );
}

/** Reads the file when it is plain, else undefined (nothing read is kept: the caller starts over). */
export async function readPlainSales(
  bytes: Uint8Array,
  csv: CsvStream,
  cols: SalesColumnMap,
  env: Env,
  makeLines: (rows: number) => SalesFileLines,
  firstLines: (line: number, v: SalesLineValues) => void,
): Promise<PlainSales | undefined> {
  if (csv.encoding === 'utf-16le') return undefined;
  const start = bodyStart(bytes, csv.hadBom ? 3 : 0, csv.delimiter.charCodeAt(0));
  if (start === -1 || bytes.indexOf(QUOTE, start) !== -1 || !isAscii(bytes.subarray(start))) return undefined;
  try {
    return await new PlainReader(bytes, start, csv, cols, env).read(makeLines, firstLines);
  } catch (err) {
    if (err instanceof NotPlain) return undefined;
    throw err;
  }
}

class PlainReader {
  private readonly delimiter: number;
  private readonly cells: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Physical line (1-based) of the first line after the header: a plain line is one record. */
  private readonly firstLine: number;
  private readonly limits = bounds();
  private readonly buf: Buffer;
  /** The last `number` cell as an integer of its digits (signed) and its count of decimals. */
  private int = 0;
  private scale = 0;
  private readonly hash = new Cyrb53Parts();
  /** The date id of each line, from the scan. */
  private dateIds = new Int32Array(1 << 16);

  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
    csv: CsvStream,
    private readonly cols: SalesColumnMap,
    private readonly env: Env,
  ) {
    this.delimiter = csv.delimiter.charCodeAt(0);
    this.cells = csv.headers.length;
    this.starts = new Int32Array(this.cells);
    this.ends = new Int32Array(this.cells);
    let line = 1;
    for (let i = bytes.indexOf(NL); i !== -1 && i < start; i = bytes.indexOf(NL, i + 1)) line++;
    this.firstLine = line;
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Splits the line at `i` into `starts`/`ends`; the index after it, negated when the line is blank. */
  private split(i: number): number {
    const { bytes, delimiter, starts, ends } = this;
    const n = bytes.length;
    const last = this.cells - 1;
    let c = 0;
    let s = i;
    let j = i;
    let e = n;
    for (; j < n; j++) {
      const b = bytes[j] as number;
      if (b === delimiter) {
        if (c === last) notPlain();
        starts[c] = s;
        ends[c++] = j;
        s = j + 1;
      } else if (b < SPACE) {
        if (b === NL) {
          e = j;
          break;
        }
        if (b === CR && bytes[j + 1] === NL) {
          e = j++;
          break;
        }
        notPlain(); // a tab in a comma file, a lone CR…: the general reader's business
      }
    }
    if (j >= n) e = n;
    if (c === 0 && e === s) return -(j + 1);
    if (c !== last) notPlain();
    starts[c] = s;
    ends[c] = e;
    return j + 1;
  }

  private text(s: number, e: number): string {
    return this.buf.toString('latin1', s, e);
  }

  /** A text cell as the reader keeps it, checked: within its length, nothing to trim or unescape. */
  private plainText(field: string, s: number, e: number): string {
    const len = e - s;
    const { bytes } = this;
    if (len === 0 || len > (this.limits[field]?.max ?? 0)) notPlain();
    if (bytes[s] === SPACE || bytes[e - 1] === SPACE || bytes[s] === APOSTROPHE) notPlain();
    for (let k = s + 1; k < e; k++) if (bytes[k] === SPACE && bytes[k - 1] === SPACE) notPlain();
    return this.text(s, e);
  }

  /** An amount or number cell as `readPlain` reads it with `hint`, checked against its bounds. */
  private number(field: string, s: number, e: number, hint: number, money: boolean): number {
    const { bytes } = this;
    let i = s;
    const sign = bytes[i];
    if (sign === 45 || sign === 43) i++;
    const first = i;
    let m = 0;
    let digits = 0;
    let sepAt = -1;
    let sep = 0;
    for (; i < e; i++) {
      const c = bytes[i] as number;
      if (c >= 48 && c <= 57) {
        m = m * 10 + (c - 48);
        digits++;
      } else if ((c === 46 || c === 44) && sepAt === -1) {
        sepAt = i;
        sep = c;
      } else notPlain();
    }
    if (sepAt === first || sepAt === e - 1 || e === first || digits > 15) notPlain();
    let value = m;
    let scale = 0;
    if (sepAt !== -1) {
      const fracDigits = e - sepAt - 1;
      const threeAfterFew = sepAt - first <= 3 && fracDigits === 3;
      const decimal = hint !== 0 ? hint === sep : sep === 44 || !(threeAfterFew && bytes[first] !== 48);
      // m and 10^f are exact doubles: their quotient is the correctly rounded value, as Number() gives.
      if (decimal) {
        value = m / (POW10[fracDigits] as number);
        scale = fracDigits;
      } else if (!threeAfterFew) notPlain();
    }
    this.int = sign === 45 ? -m : m;
    this.scale = scale;
    if (sign === 45 && value !== 0) {
      if (money) notPlain();
      value = -value;
    }
    const lim = this.limits[field] ?? { min: 0, max: 0 };
    if (value < lim.min || value > lim.max) notPlain();
    return value;
  }

  /** The decimal separator one plain cell reveals (as `decimalVote`), 0 when none. */
  private vote(s: number, e: number): number {
    const { bytes } = this;
    let i = s;
    if (bytes[i] === 45 || bytes[i] === 43) i++;
    const first = i;
    let sepAt = -1;
    for (; i < e; i++) {
      const c = bytes[i] as number;
      if (c >= 48 && c <= 57) continue;
      if ((c !== 46 && c !== 44) || sepAt !== -1) notPlain();
      sepAt = i;
    }
    if (sepAt === first || sepAt === e - 1 || e === first) notPlain();
    if (sepAt === -1) return 0;
    const grouped = sepAt - first <= 3 && e - sepAt - 1 === 3 && bytes[first] !== 48;
    return grouped ? 0 : (bytes[sepAt] as number);
  }

  /** Pass 1, as `scanSales`: rows, date order (from every date cell), decimal separators. */
  private async scan(dates: ByteDict, dateCount: number[]): Promise<SalesScan> {
    const { cols, bytes } = this;
    const numeric = (['revenue', 'cost', 'margin'] as const).flatMap((f) => {
      const col = cols[f];
      return col === undefined ? [] : [{ field: f, col, seen: new Set<number>() }];
    });
    let rows = 0;
    for (let i = this.start; i < bytes.length; ) {
      const next = this.split(i);
      i = Math.abs(next);
      if (next < 0) continue;
      if (++rows > this.env.maxRows) notPlain();
      const ds = this.starts[cols.date] as number;
      const de = this.ends[cols.date] as number;
      let id = -1;
      if (de > ds) {
        id = dates.id(ds, de);
        dateCount[id] = (dateCount[id] ?? 0) + 1;
      }
      if (rows > this.dateIds.length) {
        const grown = new Int32Array(this.dateIds.length * 2);
        grown.set(this.dateIds);
        this.dateIds = grown;
      }
      this.dateIds[rows - 1] = id;
      for (const n of numeric) {
        const s = this.starts[n.col] as number;
        const e = this.ends[n.col] as number;
        if (e > s && n.seen.size < 2) {
          const v = this.vote(s, e);
          if (v !== 0) n.seen.add(v);
        }
      }
      if (rows % BLOCK === 0) await breathe();
    }
    if (rows === 0) notPlain();
    const tally = new DateOrderTally(this.env.today);
    for (let id = 0; id < dates.size; id++) {
      const cell = this.text(dates.start(id), dates.end(id));
      for (let k = dateCount[id] as number; k > 0; k--) tally.add(cell);
    }
    const separatorOf = (f: 'revenue' | 'cost' | 'margin'): DecimalSeparator | undefined => {
      const seen = numeric.find((n) => n.field === f)?.seen;
      return seen?.size === 1 ? (seen.has(46) ? '.' : ',') : undefined;
    };
    const revenue = separatorOf('revenue');
    return {
      rows,
      dateOrder: tally.order(this.env.dates),
      decimal: { revenue, cost: separatorOf('cost') ?? revenue, margin: separatorOf('margin') ?? revenue },
    };
  }

  async read(
    makeLines: (rows: number) => SalesFileLines,
    firstLines: (line: number, v: SalesLineValues) => void,
  ): Promise<PlainSales> {
    const { cols, bytes, starts, ends } = this;
    const dates = new ByteDict(bytes);
    const scan = await this.scan(dates, []);
    const lines = makeLines(scan.rows);
    const hint = (sep: DecimalSeparator | undefined) => (sep === undefined ? 0 : sep.charCodeAt(0));
    const revenueHint = hint(scan.decimal.revenue);
    const costHint = hint(scan.decimal.cost);
    const marginHint = hint(scan.decimal.margin);
    // Per distinct date: its ISO text and day (dates were numbered by the scan, in the same order).
    const isoOf: string[] = [];
    const dayOfId: number[] = [];
    for (let id = 0; id < dates.size; id++) {
      const r = parseDate(this.text(dates.start(id), dates.end(id)), {
        today: this.env.today,
        order: scan.dateOrder,
      });
      if (!r.ok || bytes[dates.start(id)] === APOSTROPHE) return notPlain();
      isoOf.push(r.value);
      dayOfId.push(dayOf(r.value));
    }
    const orders = new ByteDict(bytes);
    const orderText: string[] = [];
    const orderIndex: number[] = [];
    const names = new ByteDict(bytes);
    const nameText: string[] = [];
    const nameRef: string[] = [];
    const ids = new ByteDict(bytes);
    const idText: string[] = [];
    // Customer numbers by the dictionary id they were found by (its customer id, else its name).
    const customerOfId: number[] = [];
    const customerOfName: number[] = [];
    const labelDict = (field: string) => {
      const dict = new ByteDict(bytes);
      const texts: string[] = [];
      const labelIds: number[] = [];
      return { dict, texts, labelIds, field };
    };
    const segments = labelDict('customer_category');
    const categories = labelDict('product_category');
    const labelOf = (d: ReturnType<typeof labelDict>, col: number | undefined): number => {
      if (col === undefined) return -1;
      const s = starts[col] as number;
      const e = ends[col] as number;
      if (e === s) return -1;
      const id = d.dict.id(s, e);
      if (id === d.texts.length) d.texts.push(this.plainText(d.field, s, e));
      return id;
    };
    const first: [number, SalesLineValues][] = [];
    let valid = 0;
    let line = this.firstLine;
    let row = 0;
    for (let i = this.start; i < bytes.length; ) {
      const next = this.split(i);
      i = Math.abs(next);
      const rowLine = line++;
      if (next < 0) continue;
      // The date (numbered by the scan).
      const did = this.dateIds[row++] as number;
      if (did === -1) notPlain();
      // The order.
      const os = starts[cols.order] as number;
      const oe = ends[cols.order] as number;
      const oid = orders.id(os, oe);
      if (oid === orderText.length) {
        orderText.push(this.plainText('order', os, oe));
        orderIndex.push(-1);
      }
      // The customer: by its id when the line has one, else by its name.
      const ns = starts[cols.customer] as number;
      const ne = ends[cols.customer] as number;
      const nid = names.id(ns, ne);
      if (nid === nameText.length) {
        const name = this.plainText('customer', ns, ne);
        nameText.push(name);
        nameRef.push(oneLine(normalizeKey(name)));
      }
      let customerId: string | undefined;
      let iid = -1;
      if (cols.customer_id !== undefined) {
        const is = starts[cols.customer_id] as number;
        const ie = ends[cols.customer_id] as number;
        if (ie > is) {
          iid = ids.id(is, ie);
          if (iid === idText.length) idText.push(this.plainText('customer_id', is, ie));
          customerId = idText[iid] as string;
        }
      }
      const ref = customerId ?? (nameRef[nid] as string);
      const seg = labelOf(segments, cols.customer_category);
      const cat = labelOf(categories, cols.product_category);
      // Amounts.
      const rs = starts[cols.revenue] as number;
      const re = ends[cols.revenue] as number;
      const revenue = this.number('revenue', rs, re, revenueHint, true);
      const revenueInt = this.int;
      const revenueScale = this.scale;
      let cost: number | undefined;
      // The cost as an integer and decimals when it is the decimal's nearest double, else NaN.
      let costInt = Number.NaN;
      let costScale = 0;
      const cs = cols.cost === undefined ? 0 : (starts[cols.cost] as number);
      const ce = cols.cost === undefined ? 0 : (ends[cols.cost] as number);
      if (ce > cs) {
        cost = this.number('cost', cs, ce, costHint, true);
        costInt = this.int;
        costScale = this.scale;
      }
      if (cols.margin !== undefined && (ends[cols.margin] as number) > (starts[cols.margin] as number)) {
        const margin = this.number(
          'margin',
          starts[cols.margin] as number,
          ends[cols.margin] as number,
          marginHint,
          false,
        );
        if (cost === undefined) {
          cost = revenue - margin;
          // revenue − margin as decimals: the same double when no rounding got in between.
          costScale = Math.max(revenueScale, this.scale);
          costInt =
            revenueInt * (POW10[costScale - revenueScale] as number) -
            this.int * (POW10[costScale - this.scale] as number);
          if (!Number.isSafeInteger(costInt) || costInt / (POW10[costScale] as number) !== cost)
            costInt = Number.NaN;
        }
      }
      if (cost === undefined) notPlain();
      let rowId: string | undefined;
      if (cols.row_id !== undefined && (ends[cols.row_id] as number) > (starts[cols.row_id] as number))
        rowId = this.plainText('row_id', starts[cols.row_id] as number, ends[cols.row_id] as number);
      valid++;
      const order = orderText[oid] as string;
      const category = cat === -1 ? undefined : categories.texts[cat];
      if (valid <= 5)
        first.push([
          rowLine,
          {
            date: isoOf[did] as string,
            order,
            customerId,
            customer: nameText[nid] as string,
            segment: seg === -1 ? undefined : segments.texts[seg],
            category,
            revenue,
            cost: cost as number,
            rowId,
          },
        ]);
      // lineKey's key, hashed without its texts where the file's bytes are those texts.
      const h = this.hash;
      let key: number;
      if (rowId !== undefined) key = h.begin().text('r').text(order).text(rowId).end();
      else {
        // String(revenue) and String(cost) hashed from their digits where they are decimals.
        let revenueText: string | undefined;
        let costText: string | undefined;
        for (let k = 1; ; ) {
          h.begin()
            .text('f')
            .text(order)
            .text(isoOf[did] as string)
            .text(ref)
            .text(category ?? '');
          if (revenueText !== undefined || !h.decimal(revenueInt, revenueScale)) {
            revenueText ??= String(revenue);
            h.text(revenueText);
          }
          if (costText !== undefined || Number.isNaN(costInt) || !h.decimal(costInt, costScale)) {
            costText ??= String(cost);
            h.text(costText);
          }
          if (k > 1) h.text(String(k));
          key = h.end();
          if (k > 1) break;
          k = lines.seen.next(key);
          if (k === 1) break;
        }
      }
      if (!lines.fresh(key)) continue;
      const known = iid === -1 ? customerOfName : customerOfId;
      const at = iid === -1 ? nid : iid;
      let customer = known[at];
      if (customer === undefined) {
        customer = lines.customerNumber(ref, () => nameText[nid] as string);
        known[at] = customer;
      }
      let o = orderIndex[oid] as number;
      if (o === -1) {
        o = lines.orders.append(order) - 1;
        orderIndex[oid] = o;
      }
      const segment = seg === -1 ? 0 : this.labelId(segments.labelIds, seg, segments.texts, lines.segments);
      const category2 =
        cat === -1 ? 0 : this.labelId(categories.labelIds, cat, categories.texts, lines.categories);
      lines.push(dayOfId[did] as number, o, customer, segment, category2, revenue, cost as number, key);
      if (valid % BLOCK === 0) await breathe();
    }
    // Only now: had the file not been plain, the general reader would have told these lines.
    for (const [at, values] of first) firstLines(at, values);
    return { scan, lines, read: { valid, errors: [], errorCount: 0 } };
  }

  /** The file's label number of a dictionary text, given when its first kept line comes. */
  private labelId(
    ids: number[],
    at: number,
    texts: readonly string[],
    labels: { id(label: string): number },
  ): number {
    let id = ids[at];
    if (id === undefined) {
      id = labels.id(texts[at] as string);
      ids[at] = id;
    }
    return id;
  }
}
