import { z } from 'zod';
import { recordAudit } from '../../src/audit/record.ts';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { opt } from '../../src/core/options.ts';
import { reply } from '../../src/core/reply.ts';
import { applyRetention, planRetention } from '../../src/privacy/retention.ts';
import { retentionBlocks, retentionRules } from '../../src/privacy/retention-reply.ts';
import {
  LEGAL_RETENTION_YEARS,
  retentionCollection,
  retentionOf,
} from '../../src/privacy/retention-settings.ts';

const years = (frName: string, fr: string, en: string) =>
  opt.integer({ frName, min: 1, max: 10, description: { fr, en } });

/** `/gdpr retention preview|run`, and the team's durations (never above the legal default without a reason). */
export const retentionSubcommand = defineSubcommand({
  name: 'retention',
  frName: 'conservation',
  aliases: ['durees', 'durées'],
  permission: 'manager',
  description: {
    fr: 'Durées de conservation : aperçu, application, réglage (3 ans par défaut)',
    en: 'Retention: preview, run, durations (3 years by default)',
  },
  examples: ['/gdpr retention preview', '/rgpd conservation appliquer', '/rgpd conservation prospects:2'],
  options: z.object({
    mode: opt.choice(['preview', 'run'], {
      positional: true,
      description: { fr: 'Aperçu (par défaut) ou appliquer maintenant', en: 'Preview (default) or run now' },
      choiceLabels: { fr: { preview: 'aperçu', run: 'appliquer' }, en: { preview: 'preview', run: 'run' } },
      choiceAliases: { preview: ['apercu', 'aperçu', 'voir'], run: ['appliquer', 'lancer'] },
    }),
    prospect_years: years(
      'prospects',
      'Années après le dernier contact venant du prospect',
      'Years after the last contact from the prospect',
    ),
    customer_years: years(
      'clients',
      'Années après la fin de la relation client',
      'Years after the customer relationship ended',
    ),
    opposition_years: years(
      'oppositions',
      'Années de garde de la liste d’opposition (3 au moins)',
      'Years the do-not-contact list is kept (at least 3)',
    ),
    reason: opt.text({
      frName: 'raison',
      maxLength: 300,
      description: { fr: 'Pourquoi une durée dépasse 3 ans', en: 'Why a duration exceeds 3 years' },
    }),
  }),
  handler(args, ctx) {
    const { t, tx } = ctx;
    let rules = retentionOf(tx, ctx.now);
    const changes = {
      ...(args.prospect_years !== undefined && { prospectYears: args.prospect_years }),
      ...(args.customer_years !== undefined && { customerYears: args.customer_years }),
      ...(args.opposition_years !== undefined && { oppositionYears: args.opposition_years }),
      ...(args.reason !== undefined && { reason: args.reason }),
    };
    if (Object.keys(changes).length > 0) {
      const next = { ...rules, ...changes };
      const above = (
        [
          ['prospect_years', 'prospects', next.prospectYears, LEGAL_RETENTION_YEARS.prospect],
          ['customer_years', 'clients', next.customerYears, LEGAL_RETENTION_YEARS.customer],
        ] as const
      ).find(([, , v, legal]) => v > legal);
      if (above && !next.reason)
        throw new UserError(
          'retention_above_legal',
          { option: ctx.locale === 'fr' ? above[1] : above[0], value: above[2] },
          above[0],
        );
      if (next.oppositionYears < LEGAL_RETENTION_YEARS.opposition)
        next.oppositionYears = LEGAL_RETENTION_YEARS.opposition;
      rules = { ...next, updatedAt: ctx.now.toISOString(), updatedBy: ctx.member.id };
      tx.collection(retentionCollection).put(rules);
      recordAudit(tx, {
        action: 'retention',
        actorId: ctx.member.id,
        at: ctx.now,
        counts: Object.fromEntries(Object.keys(changes).map((k) => [k, 1])),
      });
      if (args.mode === undefined)
        return reply({
          title: t('gdpr.retention.saved'),
          tone: 'success',
          blocks: retentionRules(t, rules),
          data: { rules },
        });
    }
    const plan = planRetention(tx, ctx.today, ctx.now);
    if (args.mode !== 'run') {
      return reply({
        title: t('gdpr.retention.preview_title'),
        blocks: [...retentionRules(t, rules), ...retentionBlocks(t, plan, rules)],
        data: { plan, rules },
      });
    }
    const counts = applyRetention(tx, plan, ctx.today, ctx.now);
    recordAudit(tx, {
      action: 'retention',
      actorId: ctx.member.id,
      at: ctx.now,
      targets: [...plan.anonymise.map((d) => d.prospectId), ...plan.purgeOppositions].slice(0, 50),
      counts,
    });
    return reply({
      title: t('gdpr.retention.run_title'),
      tone: 'success',
      blocks: retentionBlocks(t, plan, rules),
      data: { plan, counts },
    });
  },
});
