import type { Excess } from '../analytics/funnel-excess.ts';
import type { Ratio } from '../analytics/index.ts';
import type { CommandContext } from '../core/command.ts';
import { FUNNEL_RATIOS, type FunnelRatioId } from '../domain/ids.ts';

type Ctx = Pick<CommandContext, 't' | 'fmt'>;

/**
 * One sentence per ratio above 100 %, naming its causes with their counts: "Taux de réalisation des
 * RDV 133,3 % (12/9) dépasse 100 % : dont 4 RDV obtenus avant la période."
 */
export function excessLines(
  ctx: Ctx,
  ratios: Readonly<Record<FunnelRatioId, Ratio>>,
  excess: Readonly<Partial<Record<FunnelRatioId, readonly Excess[]>>>,
): string[] {
  const { t, fmt } = ctx;
  return FUNNEL_RATIOS.flatMap((id) => {
    const causes = excess[id];
    if (!causes) return [];
    return [
      t('funnel.excess_line', {
        ratio: t(`ratio.${id}`),
        value: fmt.ratio(ratios[id]),
        causes: excessCauses(ctx, causes),
      }),
    ];
  });
}

/** "dont 4 RDV obtenus avant la période ; dont 1 visite sans RDV enregistré avant…" */
export function excessCauses(ctx: Ctx, causes: readonly Excess[]): string {
  const separator = ctx.t.locale === 'fr' ? ' ; ' : '; ';
  return causes.map((c) => ctx.t(`funnel.excess.${c.cause}`, { count: c.count })).join(separator);
}
