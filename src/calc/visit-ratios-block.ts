import type { Ratio } from '../analytics/ratio.ts';
import type { CommandContext } from '../core/command.ts';
import { type Block, table } from '../core/reply.ts';
import { VISIT_RATIOS, type VisitFigures, type VisitRatioId, visitRatios } from './visit-ratios.ts';

type Ctx = Pick<CommandContext, 't' | 'fmt'>;

const MONEY: ReadonlySet<VisitRatioId> = new Set([
  'revenue_per_visit',
  'margin_per_visit',
  'margin_per_order',
]);

/** `1 250,00 € (5 000,00 € / 4)`, `2,5 (5/2)`, `25,0 % (1/4)`: each ratio with its fraction. */
function shown(ctx: Ctx, id: VisitRatioId, r: Ratio | null): string {
  const { fmt, t } = ctx;
  if (r === null) return t('calc.visit_margin_unknown');
  if (id === 'prospecting_yield') return fmt.ratio(r);
  if (MONEY.has(id))
    return `${r.value === null ? fmt.notAvailable : fmt.money(r.value)} (${fmt.money(r.numerator)} / ${fmt.integer(r.denominator)})`;
  return `${r.value === null ? fmt.notAvailable : fmt.number(r.value, 2)} (${fmt.integer(r.numerator)}/${fmt.integer(r.denominator)})`;
}

/** The per-visit ratios table of `/funnel` and `/dashboard`, and their `--json` data. */
export function visitRatiosOf(
  ctx: Ctx,
  figures: VisitFigures,
): { block: Block; data: Record<VisitRatioId, Ratio | null> } {
  const { t } = ctx;
  const data = visitRatios(figures);
  return {
    block: table(
      [{ label: t('calc.visit_col_ratio') }, { label: t('funnel.col_value'), align: 'right' }],
      VISIT_RATIOS.map((id) => [t(`calc.visit.${id}`), shown(ctx, id, data[id])]),
      t('calc.visit_caption'),
    ),
    data,
  };
}
