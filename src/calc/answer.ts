import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import { type Reply, reply, text } from '../core/reply.ts';

export type CalcCtx = Pick<CommandContext, 't' | 'fmt' | 'locale'>;

/** The numbers a formula shows: amounts as typed (2 decimals at most), results in money, rates in %. */
export function numbers(ctx: CalcCtx) {
  const { fmt } = ctx;
  return {
    amount: (n: number): string => fmt.number(n, 2),
    money: (n: number): string => fmt.money(n),
    percent: (r: number): string => fmt.percent(r),
    factor: (n: number): string => fmt.number(n, 4),
  };
}

/** One calculator answer: its formulas one per line, and the exact figures under their DOMAIN ids. */
export function calcReply(title: string, lines: readonly string[], data: Record<string, unknown>): Reply {
  return reply({ title, blocks: [text(lines.join('\n'))], data });
}

/**
 * Exactly one of `names` (option ids) must be given: the value of the one given, or a UserError
 * naming the options as this user types them.
 */
export function oneOf<K extends string>(
  given: Partial<Record<K, number | undefined>>,
  names: readonly K[],
  label: (name: K) => string,
): { name: K; value: number } {
  const present = names.filter((n) => given[n] !== undefined);
  const options = names.map(label).join(', ');
  if (present.length === 0) throw new UserError('calc_none_of', { options }, names[0]);
  if (present.length > 1) throw new UserError('calc_one_of', { options }, present[1]);
  const name = present[0] as K;
  return { name, value: given[name] as number };
}
