import type { z } from 'zod';
import type { Reply } from '../core/reply.ts';
import { type CalcCtx, calcReply, numbers, oneOf } from './answer.ts';
import { type BreakEven, breakEven, type ContributionInput } from './breakeven.ts';
import { breakevenOptions, optionName } from './options.ts';

const VARIABLE = ['variable_costs', 'contribution', 'contribution_rate'] as const;

/** `/calc breakeven fixed_costs revenue variable_costs|contribution|contribution_rate [days] [start]`. */
export function breakevenReply(
  args: z.output<typeof breakevenOptions>,
  ctx: CalcCtx & { today: string },
): Reply {
  const { t, fmt } = ctx;
  const n = numbers(ctx);
  const given = oneOf(args, VARIABLE, (name) => optionName(breakevenOptions, name, ctx.locale));
  const contribution = { kind: given.name, value: given.value } as ContributionInput;
  const days = args.days === '360' ? 360 : 365;
  const start = args.start ?? `${ctx.today.slice(0, 4)}-01-01`;
  const b = breakEven({ fixedCosts: args.fixed_costs, revenue: args.revenue, contribution, days, start });
  const revenue = n.amount(args.revenue);
  const lines = [
    contributionLine(ctx, args.revenue, contribution, b),
    contribution.kind === 'contribution_rate'
      ? t('calc.contribution_rate_given', { value: n.percent(contribution.value) })
      : b.contribution_rate === null
        ? t('calc.contribution_rate_na')
        : t('calc.contribution_rate', {
            margin: n.amount(b.contribution_margin),
            revenue,
            value: n.percent(b.contribution_rate),
          }),
  ];
  if (b.break_even_revenue === null || b.contribution_rate === null) {
    lines.push(t('calc.break_even_revenue_na'));
  } else {
    const threshold = n.amount(b.break_even_revenue);
    lines.push(
      t('calc.break_even_revenue', {
        fixed: n.amount(args.fixed_costs),
        rate: n.percent(b.contribution_rate),
        value: n.money(b.break_even_revenue),
      }),
    );
    if (b.break_even_day !== null) {
      const day = fmt.number(b.break_even_day, 1);
      lines.push(t('calc.break_even_day', { threshold, revenue, days: String(days), value: day }));
      lines.push(
        b.break_even_date === null
          ? t('calc.break_even_date_na', { value: day, days: String(days) })
          : t('calc.break_even_date', {
              date: fmt.date(b.break_even_date),
              day: Math.ceil(b.break_even_day - 1e-9),
              start: fmt.date(start),
            }),
      );
    }
    if (b.safety_margin !== null) {
      lines.push(t('calc.safety_margin', { revenue, threshold, value: n.money(b.safety_margin) }));
      if (b.safety_index !== null)
        lines.push(
          t('calc.safety_index', {
            margin: n.amount(b.safety_margin),
            revenue,
            value: n.percent(b.safety_index),
          }),
        );
    }
  }
  return calcReply(t('calc.breakeven_title'), lines, {
    inputs: { fixed_costs: args.fixed_costs, revenue: args.revenue, [given.name]: given.value, days, start },
    ...b,
  });
}

function contributionLine(ctx: CalcCtx, revenue: number, c: ContributionInput, b: BreakEven): string {
  const { t } = ctx;
  const n = numbers(ctx);
  const value = n.money(b.contribution_margin);
  switch (c.kind) {
    case 'variable_costs':
      return t('calc.contribution_from_variable', {
        revenue: n.amount(revenue),
        variable: n.amount(c.value),
        value,
      });
    case 'contribution':
      return t('calc.contribution_given', { value });
    case 'contribution_rate':
      return t('calc.contribution_from_rate', {
        revenue: n.amount(revenue),
        rate: n.percent(c.value),
        value,
      });
  }
}
