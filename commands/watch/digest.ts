import { DateTime } from 'luxon';
import { z } from 'zod';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { opt } from '../../src/core/options.ts';
import { fields, reply } from '../../src/core/reply.ts';
import { digestReply } from '../../src/watch/digest.ts';
import { WatchSettings, watchSettingsCollection, watchSettingsOf } from '../../src/watch/entities.ts';

/** `/watch digest [period]`: default the last 7 days, today included. */
export const digestSubcommand = defineSubcommand({
  name: 'digest',
  frName: 'synthèse',
  aliases: ['synthese', 'resume', 'summary'],
  slow: true,
  description: { fr: 'Synthèse de veille d’une période', en: 'Watch digest of a period' },
  examples: ['/watch digest', '/veille synthèse période:mois-dernier'],
  options: z.object({
    period: opt.period({
      positional: true,
      frName: 'période',
      aliases: ['periode'],
      description: { fr: 'Période (7 derniers jours par défaut)', en: 'Period (default: the last 7 days)' },
    }),
  }),
  handler(args, ctx) {
    const from = DateTime.fromISO(ctx.today).minus({ days: 6 }).toISODate() ?? ctx.today;
    const period = args.period ? { from: args.period.from, to: args.period.to } : { from, to: ctx.today };
    return digestReply(ctx.tx, period, ctx);
  },
});

/** `/watch settings`: the free-text guard mode and the weekly digest's day and time (managers). */
export const settingsSubcommand = defineSubcommand({
  name: 'settings',
  frName: 'réglages',
  aliases: ['reglages', 'parametres'],
  permission: 'manager',
  description: {
    fr: 'Réglages de la veille : garde-fou des textes libres, synthèse hebdomadaire',
    en: 'Watch settings: free-text guard, weekly digest',
  },
  examples: ['/watch settings free_text_guard:block', '/veille réglages synthèse:non'],
  options: z.object({
    free_text_guard: opt.choice(['warn', 'block'], {
      frName: 'garde_fou',
      aliases: ['guard', 'gardefou'],
      description: {
        fr: 'Textes sensibles : warn (demander confirmation) ou block (refuser)',
        en: 'Sensitive text: warn (ask to confirm) or block (refuse)',
      },
      choiceLabels: { fr: { warn: 'avertir', block: 'bloquer' }, en: { warn: 'warn', block: 'block' } },
      choiceAliases: { warn: ['avertir', 'alerter'], block: ['bloquer'] },
    }),
    digest: opt.boolean({
      frName: 'synthèse',
      aliases: ['synthese'],
      description: { fr: 'Synthèse hebdomadaire automatique', en: 'Automatic weekly digest' },
    }),
    weekday: opt.integer({
      frName: 'jour',
      min: 1,
      max: 7,
      description: { fr: 'Jour de la synthèse (1 = lundi)', en: 'Digest day (1 = Monday)' },
    }),
    time: opt.text({
      frName: 'heure',
      maxLength: 5,
      description: { fr: 'Heure de la synthèse (09:00)', en: 'Digest time (09:00)' },
    }),
  }),
  handler(args, ctx) {
    const { t } = ctx;
    if (args.time !== undefined && !/^([01]?\d|2[0-3])[:h][0-5]\d$/.test(args.time))
      throw new UserError('watch_time_invalid', { value: args.time }, 'time');
    const current = watchSettingsOf(ctx.tx, ctx.now);
    const next = WatchSettings.parse({
      ...current,
      ...(args.free_text_guard && { freeTextGuard: args.free_text_guard }),
      ...(args.digest !== undefined && { digestEnabled: args.digest }),
      ...(args.weekday !== undefined && { digestWeekday: args.weekday }),
      ...(args.time !== undefined && { digestTime: args.time.replace('h', ':').padStart(5, '0') }),
      updatedAt: ctx.now.toISOString(),
    });
    ctx.tx.collection(watchSettingsCollection).put(next);
    return reply({
      tone: 'success',
      blocks: [
        fields([
          {
            label: t('watch.settings_guard'),
            value: t(`watch.guard_mode.${next.freeTextGuard}`),
            inline: true,
          },
          {
            label: t('watch.settings_digest'),
            value: next.digestEnabled
              ? t('watch.settings_digest_at', { weekday: next.digestWeekday, time: next.digestTime })
              : t('watch.settings_digest_off'),
            inline: true,
          },
        ]),
      ],
      data: { settings: next },
    });
  },
});
