import { UserError } from '../core/errors.ts';
import {
  type DateOrder,
  type DateOrderVote,
  type DecimalSeparator,
  dateOrderVote,
  decideDateOrder,
  decimalVote,
  parseDate,
} from '../core/values.ts';
import { ownCopy } from './csv-split.ts';

/**
 * What a file's column says of how it is written, gathered a row at a time, so a file read in
 * slices decides exactly as a file read whole.
 */

/** Distinct texts remembered per column; beyond, each is checked again (still right, slower). */
const REMEMBERED = 20_000;

/** How a column writes its dates, from every non-empty cell (see `order`). */
export class DateOrderTally {
  private readonly votes: Record<DateOrderVote, number> = { ymd: 0, dmy: 0, mdy: 0, undecided: 0 };
  private allDayFirst = true;
  /** Each distinct text's vote and whether it reads day first: a file repeats a few thousand dates. */
  private readonly known = new Map<string, { vote: DateOrderVote | undefined; dayFirst: boolean }>();

  constructor(private readonly today: string) {}

  /** Counts `cell` (`times` times: a file's distinct dates with their counts, see plain-conclude.ts). */
  add(cell: string, times = 1): void {
    if (cell === '' || times <= 0) return;
    let k = this.known.get(cell);
    if (k === undefined) {
      k = {
        vote: dateOrderVote(cell),
        dayFirst: parseDate(cell, { today: this.today, order: 'dmy' }).ok,
      };
      if (this.known.size < REMEMBERED) this.known.set(ownCopy(cell), k);
    }
    if (k.vote) this.votes[k.vote] += times;
    this.allDayFirst &&= k.dayFirst;
  }

  /**
   * As the user said, else as the data shows; when no day is above 12, day first (as French and
   * British users write) if every date allows it, else ask (`dates:`).
   */
  order(asked?: DateOrder): DateOrder {
    if (asked) return asked;
    const detected = decideDateOrder(this.votes);
    if (detected !== 'ambiguous') return detected;
    if (this.allDayFirst) return 'dmy';
    throw new UserError('import_ambiguous_dates', {}, 'dates');
  }
}

/** The decimal separator of a numeric column, from every non-blank cell. */
export class DecimalTally {
  private readonly seen = new Set<DecimalSeparator>();

  add(cell: string): void {
    if (this.seen.size === 2 || cell.trim() === '') return; // two seen: ambiguous whatever follows
    const vote = decimalVote(cell);
    if (vote) this.seen.add(vote);
  }

  get separator(): DecimalSeparator | 'ambiguous' {
    return this.seen.size === 1 ? ([...this.seen][0] as DecimalSeparator) : 'ambiguous';
  }
}
