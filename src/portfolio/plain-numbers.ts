import { freeNow, grown } from './free-now.ts';
import type { PlainLines } from './plain-lines.ts';
import type { SalesFileLines } from './sales-lines.ts';

/**
 * The file's numbering of what its new lines bring, in order of first appearance on a new line
 * (one whose key is neither stored nor met before): orders, customers, segments and categories.
 * Lines come with ids in the reader's dictionaries (see plain-lines.ts).
 */
export class LineNumbers {
  /**
   * Per order id: its index in `lines.orders`, -1 until a new line has it. Typed: as an array of
   * 500k numbers, each of its copies as it grew stayed in memory until a full collection.
   */
  private orderIndex = new Int32Array(1 << 12).fill(-1);
  /** Customer numbers by the id they were found by (the line's customer id, else its name). */
  private readonly customerOfId: number[] = [];
  private readonly customerOfName: number[] = [];
  private readonly segmentIds: number[] = [];
  private readonly categoryIds: number[] = [];

  constructor(
    private readonly reader: PlainLines,
    private readonly lines: SalesFileLines,
  ) {}

  /** Appends the line when its key is new (else counts a duplicate); -1: no customer id, segment, category. */
  keep(
    day: number,
    oid: number,
    nid: number,
    iid: number,
    seg: number,
    cat: number,
    revenue: number,
    cost: number,
    key: number,
  ): void {
    const { lines, reader } = this;
    if (!lines.fresh(key)) return;
    const known = iid === -1 ? this.customerOfName : this.customerOfId;
    const at = iid === -1 ? nid : iid;
    while (known.length <= at) known.push(-1);
    let customer = known[at] as number;
    if (customer === -1) {
      const ref = iid === -1 ? (reader.nameRef[nid] as string) : (reader.ids.texts[iid] as string);
      customer = lines.customerNumber(ref, () => reader.names.texts[nid] as string);
      known[at] = customer;
    }
    if (oid >= this.orderIndex.length) this.growOrders(oid);
    const { orderIndex } = this;
    let order = orderIndex[oid] as number;
    if (order === -1) {
      const { orders } = reader;
      order = lines.orders.appendBytes(reader.cells.bytes, orders.start(oid), orders.end(oid)) - 1;
      orderIndex[oid] = order;
    }
    const segment = seg === -1 ? 0 : this.label(this.segmentIds, seg, reader.segments.texts, lines.segments);
    const category =
      cat === -1 ? 0 : this.label(this.categoryIds, cat, reader.categories.texts, lines.categories);
    lines.push(day, order, customer, segment, category, revenue, cost, key);
  }

  private growOrders(oid: number): void {
    const used = this.orderIndex.length;
    this.orderIndex = grown(this.orderIndex, used, oid + 1).fill(-1, used);
  }

  /** Gives back the memory of the orders' numbering. */
  release(): void {
    freeNow(this.orderIndex);
  }

  /** The file's label number of a dictionary text, given when its first kept line comes. */
  private label(
    ids: number[],
    at: number,
    texts: readonly string[],
    labels: { id(label: string): number },
  ): number {
    while (ids.length <= at) ids.push(-1);
    let id = ids[at] as number;
    if (id === -1) {
      id = labels.id(texts[at] as string);
      ids[at] = id;
    }
    return id;
  }
}
