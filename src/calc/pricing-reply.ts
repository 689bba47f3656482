import type { z } from 'zod';
import type { Reply } from '../core/reply.ts';
import { type CalcCtx, calcReply, numbers, oneOf } from './answer.ts';
import type { costOptions, marginOptions, priceOptions } from './options.ts';
import { optionName, priceOptions as priceSchema } from './options.ts';
import { costFrom, marginFigures, type PricingBasis, priceFrom } from './pricing.ts';

const DEFAULT_VAT = 0.2;
const BASES = ['margin_rate', 'markup_rate', 'multiplier'] as const;

/** `/calc margin cost price [quantity] [vat]`. */
export function marginReply(args: z.output<typeof marginOptions>, ctx: CalcCtx): Reply {
  const { t } = ctx;
  const n = numbers(ctx);
  const quantity = args.quantity ?? 1;
  const vat = args.vat ?? DEFAULT_VAT;
  const f = marginFigures(args.cost, args.price, quantity, vat);
  const unit = n.amount(f.unit_margin);
  const lines = [
    t('calc.unit_margin', {
      price: n.amount(args.price),
      cost: n.amount(args.cost),
      value: n.money(f.unit_margin),
    }),
    t('calc.total_margin', { unit, quantity: n.amount(quantity), value: n.money(f.total_margin) }),
    f.margin_rate === null
      ? t('calc.rate_na_cost', { label: t('calc.label_margin_rate') })
      : t('calc.margin_rate', { unit, cost: n.amount(args.cost), value: n.percent(f.margin_rate) }),
    f.markup_rate === null
      ? t('calc.rate_na_price', { label: t('calc.label_markup_rate') })
      : t('calc.markup_rate', { unit, price: n.amount(args.price), value: n.percent(f.markup_rate) }),
    f.multiplier === null
      ? t('calc.rate_na_cost', { label: t('calc.label_multiplier') })
      : t('calc.multiplier', {
          price: n.amount(args.price),
          cost: n.amount(args.cost),
          value: n.factor(f.multiplier),
          ttc: n.factor(f.price_ttc / args.cost),
        }),
    t('calc.price_ttc', { price: n.amount(args.price), vat: n.percent(vat), value: n.money(f.price_ttc) }),
  ];
  return calcReply(t('calc.margin_title'), lines, {
    inputs: { cost: args.cost, price: args.price, quantity, vat },
    ...f,
  });
}

function basisOf(
  args: Partial<Record<(typeof BASES)[number], number | undefined>>,
  ctx: CalcCtx,
): PricingBasis {
  const b = oneOf(args, BASES, (name) => optionName(priceSchema, name, ctx.locale));
  return { kind: b.name, rate: b.value };
}

/** The rate as the formula shows it: a percentage, or the multiplier as a number. */
const rateText = (ctx: CalcCtx, b: PricingBasis): string =>
  b.kind === 'multiplier' ? numbers(ctx).factor(b.rate) : numbers(ctx).percent(b.rate);

/** `/calc price cost margin_rate|markup_rate|multiplier [vat]`. */
export function priceReply(args: z.output<typeof priceOptions>, ctx: CalcCtx): Reply {
  const { t } = ctx;
  const n = numbers(ctx);
  const basis = basisOf(args, ctx);
  const vat = args.vat ?? DEFAULT_VAT;
  const price = priceFrom(args.cost, basis);
  const priceTtc = price === null ? null : price * (1 + vat);
  const rate = rateText(ctx, basis);
  const lines =
    price === null
      ? [t('calc.price_na', { rate, denominator: n.percent(1 - basis.rate) })]
      : [
          t(`calc.price_from_${basis.kind}`, { cost: n.amount(args.cost), rate, value: n.money(price) }),
          t('calc.price_ttc', {
            price: n.amount(price),
            vat: n.percent(vat),
            value: n.money(priceTtc as number),
          }),
        ];
  return calcReply(t('calc.price_title'), lines, {
    inputs: { cost: args.cost, [basis.kind]: basis.rate, vat },
    basis: basis.kind,
    price,
    price_ttc: priceTtc,
  });
}

/** `/calc cost price margin_rate|markup_rate|multiplier`. */
export function costReply(args: z.output<typeof costOptions>, ctx: CalcCtx): Reply {
  const { t } = ctx;
  const n = numbers(ctx);
  const basis = basisOf(args, ctx);
  const cost = costFrom(args.price, basis);
  const rate = rateText(ctx, basis);
  const line =
    cost !== null
      ? t(`calc.cost_from_${basis.kind}`, { price: n.amount(args.price), rate, value: n.money(cost) })
      : basis.kind === 'multiplier'
        ? t('calc.cost_na_multiplier', { rate })
        : t('calc.cost_na_margin_rate', { rate, denominator: n.percent(1 + basis.rate) });
  return calcReply(t('calc.cost_title'), [line], {
    inputs: { price: args.price, [basis.kind]: basis.rate },
    basis: basis.kind,
    cost,
  });
}
