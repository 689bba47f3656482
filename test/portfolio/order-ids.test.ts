import { describe, expect, it } from 'vitest';
import { dayOrder, monthRuns } from '../../src/portfolio/day-order.ts';
import { dayOf } from '../../src/portfolio/days.ts';
import { OrderIds, refAt } from '../../src/portfolio/order-ids.ts';
import { numberOrders } from '../../src/portfolio/order-numbers.ts';

/** The ids appended as bytes of a file, as the plain reader does. */
function asBytes(ids: string[]): OrderIds {
  const file = Buffer.from(`x,${ids.join(',')}`, 'latin1');
  const orders = new OrderIds();
  let at = 2;
  for (const id of ids) {
    expect(orders.appendBytes(file, at, at + id.length)).toBe(orders.length);
    at += id.length + 1;
  }
  return orders;
}

describe('a file’s order ids kept as bytes', () => {
  const ids = ['ORD-1', 'B', 'Bon-é2', 'ORD-1000000', 'ÿ'];

  it('gives each id back as it was appended, in order', () => {
    const orders = asBytes(ids);
    expect(orders.length).toBe(5);
    expect(orders.list).toEqual(ids);
    const refs = orders.refs();
    expect(Array.from({ length: refs.length }, (_, k) => refAt(refs, k))).toEqual(ids);
  });

  it('numbers and joins the orders as their texts do, with or without stored ones', () => {
    const day = Int32Array.from(['2024-02-03', '2024-01-05', '2024-02-03', '2024-01-20'].map(dayOf));
    const order = Int32Array.from([0, 1, 2, 3]);
    const o = dayOrder(day, day.length);
    const bytes = asBytes(ids).refs();
    for (const stored of [null, new Map([['Bon-é2', 4]])]) {
      const a = numberOrders(o, order, ids, monthRuns(o), stored, 9);
      const b = numberOrders(o, order, bytes, monthRuns(o), stored, 9);
      expect([...b.numberOf.subarray(0, 5)]).toEqual([...a.numberOf.subarray(0, 5)]);
      expect(b.months.map((m) => [m.month, m.orderBase, m.orders, m.orderRefs()])).toEqual(
        a.months.map((m) => [m.month, m.orderBase, m.orders, m.orderRefs()]),
      );
    }
    expect(numberOrders(o, order, bytes, monthRuns(o), null, 0).months.map((m) => m.orderRefs())).toEqual([
      'B\nORD-1000000',
      'ORD-1\nBon-é2',
    ]);
  });

  it('keeps ids as texts or as bytes, never both', () => {
    const texts = new OrderIds();
    expect(texts.id('A')).toBe(1);
    expect(texts.id('A')).toBe(1);
    expect(texts.append('B')).toBe(2);
    expect(texts.list).toEqual(['A', 'B']);
    expect(() => texts.appendBytes(Buffer.from('C'), 0, 1)).toThrow();
    expect(() => asBytes(['C']).append('D')).toThrow();
  });
});
