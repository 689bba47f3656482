import type { z } from 'zod';
import { UserError } from '../core/errors.ts';
import type { Reply } from '../core/reply.ts';
import { parseRate } from '../core/values.ts';
import { type CalcCtx, calcReply, numbers } from './answer.ts';
import { type GrowthFigures, growthFromEnds, growthFromRates } from './growth.ts';
import { growthOptions, optionName } from './options.ts';

type Args = z.output<typeof growthOptions>;

/** `3 %; -2 %; 5 %` → [0.03, −0.02, 0.05]; `;` separates (a comma is a French decimal mark). */
function parseRates(typed: string, ctx: CalcCtx): number[] {
  const parts = typed
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const rates = parts.map((p) => parseRate(p));
  if (parts.length === 0 || rates.some((r) => !r.ok))
    throw new UserError(
      'calc_rates_list',
      { option: optionName(growthOptions, 'rates', ctx.locale), value: typed },
      'rates',
    );
  return rates.map((r) => (r.ok ? r.value : 0));
}

function figuresOf(args: Args, ctx: CalcCtx): GrowthFigures {
  const name = (o: string) => optionName(growthOptions, o, ctx.locale);
  const byEnds = args.end !== undefined || args.years !== undefined;
  if (
    byEnds === (args.rates !== undefined) ||
    (byEnds && (args.end === undefined || args.years === undefined))
  )
    throw new UserError(
      'calc_growth_mode',
      { end: name('end'), years: name('years'), rates: name('rates') },
      args.end === undefined ? 'end' : args.years === undefined ? 'years' : 'rates',
    );
  if (args.rates !== undefined) return growthFromRates(args.start, parseRates(args.rates, ctx));
  return growthFromEnds(args.start, args.end as number, args.years as number);
}

/** `/calc growth start end years` or `/calc growth start rates:"3 %; -2 %"`. */
export function growthReply(args: Args, ctx: CalcCtx): Reply {
  const { t } = ctx;
  const n = numbers(ctx);
  const g = figuresOf(args, ctx);
  const start = n.amount(g.start);
  const end = n.amount(g.end);
  const lines: string[] = [];
  if (g.coefficients) {
    const product = g.coefficients.reduce((p, c) => p * c, 1);
    lines.push(
      t('calc.growth_from_rates', {
        coefficients: g.coefficients.map((c) => n.factor(c)).join(' × '),
        value: n.percent(g.growth_overall as number),
      }),
      t('calc.growth_end', { start, product: n.factor(product), value: n.amount(g.end) }),
    );
  } else {
    lines.push(
      g.growth_overall === null
        ? t('calc.growth_na')
        : t('calc.growth_from_ends', { end, start, value: n.percent(g.growth_overall) }),
    );
  }
  lines.push(
    g.cagr !== null
      ? t('calc.cagr', { end, start, years: g.years, value: n.percent(g.cagr) })
      : g.years <= 0
        ? t('calc.cagr_na_years')
        : t('calc.cagr_na_values'),
  );
  return calcReply(t('calc.growth_title'), lines, {
    inputs: {
      start: args.start,
      ...(args.end !== undefined && { end: args.end, years: args.years }),
      ...(g.coefficients && { rates: g.coefficients.map((c) => c - 1) }),
    },
    growth_overall: g.growth_overall,
    cagr: g.cagr,
    end: g.end,
    years: g.years,
  });
}
