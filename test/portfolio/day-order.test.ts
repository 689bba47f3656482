import { describe, expect, it } from 'vitest';
import {
  dayOrder,
  daysInOrder,
  floatsInOrder,
  intsInOrder,
  lastDay,
  monthRuns,
} from '../../src/portfolio/day-order.ts';
import { dayOf } from '../../src/portfolio/days.ts';

const days = (...iso: string[]) => Int32Array.from(iso.map(dayOf));

describe('sales lines in day order', () => {
  it('ranks each line by its day, file order within a day', () => {
    const day = days('2024-02-01', '2024-01-31', '2024-02-01', '2023-12-31', '2024-01-31');
    const o = dayOrder(day, day.length);
    expect([...o.rank]).toEqual([3, 1, 4, 0, 2]);
    expect(o.min).toBe(dayOf('2023-12-31'));
    expect(lastDay(o)).toBe(dayOf('2024-02-01'));
    const sorted = new Int32Array(day.length);
    daysInOrder(o, sorted);
    expect([...sorted]).toEqual([
      ...days('2023-12-31', '2024-01-31', '2024-01-31', '2024-02-01', '2024-02-01'),
    ]);
    const ints = new Int32Array(5);
    intsInOrder(o, Int32Array.from([10, 11, 12, 13, 14]), ints);
    expect([...ints]).toEqual([13, 11, 14, 10, 12]);
    const floats = new Float64Array(5);
    floatsInOrder(o, Float64Array.from([0.5, 1.5, 2.5, 3.5, 4.5]), floats);
    expect([...floats]).toEqual([3.5, 1.5, 4.5, 0.5, 2.5]);
  });

  it('cuts the ordered lines into months, days without lines left out, across a year', () => {
    const day = days('2024-02-01', '2024-01-31', '2024-02-29', '2023-12-31', '2024-01-01', '2024-03-01');
    expect(monthRuns(dayOrder(day, day.length))).toEqual([
      { month: '2023-12', start: 0, end: 1 },
      { month: '2024-01', start: 1, end: 3 },
      { month: '2024-02', start: 3, end: 5 },
      { month: '2024-03', start: 5, end: 6 },
    ]);
  });

  it('reads only the first n days of its column, and has no month without lines', () => {
    const o = dayOrder(days('2024-05-02', '2024-05-01', '1999-01-01'), 2);
    expect([...o.rank]).toEqual([1, 0]);
    expect(monthRuns(o)).toEqual([{ month: '2024-05', start: 0, end: 2 }]);
    const none = dayOrder(new Int32Array(0), 0);
    expect(monthRuns(none)).toEqual([]);
    expect(none.rank.length).toBe(0);
  });
});
