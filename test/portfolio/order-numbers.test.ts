import { describe, expect, it } from 'vitest';
import { dayOrder, monthRuns } from '../../src/portfolio/day-order.ts';
import { dayOf } from '../../src/portfolio/days.ts';
import { numberOrders } from '../../src/portfolio/order-numbers.ts';

const days = (...iso: string[]) => Int32Array.from(iso.map(dayOf));

describe('order numbers of a file’s lines', () => {
  // Lines in file order: their day and their order (index in the file's list of order ids).
  const day = days('2024-02-03', '2024-01-05', '2024-02-03', '2024-01-20', '2024-01-05', '2024-02-01');
  const order = Int32Array.from([0, 1, 0, 2, 3, 2]);
  const refOf = ['A', 'B', 'C', 'D', 'never met'];
  const o = dayOrder(day, day.length);

  it('numbers new orders as the lines in day order first meet them, a contiguous run a month', () => {
    const { numberOf, months } = numberOrders(o, order, refOf, monthRuns(o), null, 0);
    // Day order: B (01-05), D (01-05), C (01-20), C (02-01), A (02-03), A (02-03).
    expect([...numberOf.subarray(0, 4)]).toEqual([3, 0, 2, 1]);
    expect(months.map((m) => [m.month, m.orderBase, m.orders, m.orderRefs()])).toEqual([
      ['2024-01', 0, 3, 'B\nD\nC'],
      ['2024-02', 3, 1, 'A'],
    ]);
  });

  it('keeps the numbers of stored orders and numbers the others after the team’s last', () => {
    const stored = new Map([
      ['C', 7],
      ['A', 2],
    ]);
    const { numberOf, months } = numberOrders(o, order, refOf, monthRuns(o), stored, 10);
    expect([...numberOf.subarray(0, 4)]).toEqual([2, 10, 7, 11]);
    expect(months.map((m) => [m.month, m.orderBase, m.orders, m.orderRefs()])).toEqual([
      ['2024-01', 10, 2, 'B\nD'],
      ['2024-02', 12, 0, ''],
    ]);
  });

  it.each([
    ['accented (U+00FF and below)', ['Bon-é1', 'Ünï-2', 'ÿ-3', 'D', '']],
    ['past U+00FF', ['Commande-€1', '注文-2', 'C', '😀-4', '']],
  ])('gives ids %s back exactly as read', (_, ids) => {
    const { months } = numberOrders(o, order, ids, monthRuns(o), null, 0);
    expect(months.map((m) => m.orderRefs())).toEqual([[ids[1], ids[3], ids[2]].join('\n'), ids[0]]);
  });
});
