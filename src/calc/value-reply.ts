import type { z } from 'zod';
import type { Reply } from '../core/reply.ts';
import { type CalcCtx, calcReply, numbers } from './answer.ts';
import type { clvOptions, roiOptions } from './options.ts';
import { clvFigures, roiFigures } from './value.ts';

/** `/calc clv basket frequency years [markup_rate] [cac]`. */
export function clvReply(args: z.output<typeof clvOptions>, ctx: CalcCtx): Reply {
  const { t } = ctx;
  const n = numbers(ctx);
  const f = clvFigures(args.basket, args.frequency, args.years, args.markup_rate, args.cac);
  const common = {
    basket: n.amount(args.basket),
    frequency: n.amount(args.frequency),
    years: n.amount(args.years),
  };
  const lines =
    f.variant === 'margin'
      ? [
          t('calc.clv_margin', {
            ...common,
            rate: n.percent(args.markup_rate as number),
            cac: n.amount(args.cac ?? 0),
            value: n.money(f.clv),
          }),
        ]
      : [t('calc.clv_revenue', { ...common, value: n.money(f.clv) }), t('calc.clv_revenue_hint')];
  lines.push(
    f.break_even_spend === null
      ? t('calc.break_even_spend_na')
      : t('calc.break_even_spend', {
          cac: n.amount(args.cac as number),
          rate: n.percent(args.markup_rate as number),
          value: n.money(f.break_even_spend),
        }),
  );
  return calcReply(t('calc.clv_title'), lines, {
    inputs: {
      basket: args.basket,
      frequency: args.frequency,
      years: args.years,
      ...(args.markup_rate !== undefined && { markup_rate: args.markup_rate }),
      ...(args.cac !== undefined && { cac: args.cac }),
    },
    clv: { variant: f.variant, value: f.clv, revenue: f.revenue, margin: f.margin },
    break_even_spend: f.break_even_spend,
  });
}

/** `/calc roi cost revenue [margin]`: both bases, named. */
export function roiReply(args: z.output<typeof roiOptions>, ctx: CalcCtx): Reply {
  const { t } = ctx;
  const n = numbers(ctx);
  const f = roiFigures(args.cost, args.revenue, args.margin);
  const cost = n.amount(args.cost);
  const lines = [
    args.margin === undefined
      ? t('calc.roi_na_margin')
      : f.roi === null
        ? t('calc.roi_na_cost', { label: t('calc.label_roi') })
        : t('calc.roi', { margin: n.amount(args.margin), cost, value: n.percent(f.roi) }),
    f.roi_revenue === null
      ? t('calc.roi_na_cost', { label: t('calc.label_roi_revenue') })
      : t('calc.roi_revenue', { revenue: n.amount(args.revenue), cost, value: n.percent(f.roi_revenue) }),
  ];
  return calcReply(t('calc.roi_title'), lines, {
    inputs: {
      cost: args.cost,
      revenue: args.revenue,
      ...(args.margin !== undefined && { margin: args.margin }),
    },
    roi: f.roi,
    roi_revenue: f.roi_revenue,
    bases: { roi: 'margin', roi_revenue: 'revenue' },
  });
}
