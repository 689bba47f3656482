import { z } from 'zod';
import { companyCollection } from '../../src/company/profile.ts';
import { defineSubcommand } from '../../src/core/command.ts';
import { opt } from '../../src/core/options.ts';
import { reply, text } from '../../src/core/reply.ts';
import { LOCALES } from '../../src/domain/ids.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { privacyNotice } from '../../src/privacy/notice-text.ts';
import { LEGAL_RETENTION_YEARS, retentionOf } from '../../src/privacy/retention-settings.ts';

/** `/gdpr notice`: the information text for prospects (src/privacy/notice-text.ts), filled from the team's profile, FR and EN. */
export const noticeSubcommand = defineSubcommand({
  name: 'notice',
  frName: 'mention',
  aliases: ['information', 'mentions', 'avis'],
  permission: 'manager',
  description: {
    fr: 'Le texte d’information à donner aux personnes prospectées (FR et EN)',
    en: 'The information text to give the people you prospect (FR and EN)',
  },
  examples: ['/gdpr notice', '/rgpd mention contact:rgpd@exemple.fr'],
  options: z.object({
    contact: opt.text({
      maxLength: 200,
      description: {
        fr: 'Où vous écrire pour exercer ses droits (adresse, e-mail)',
        en: 'Where to write to exercise one’s rights (address, e-mail)',
      },
    }),
  }),
  handler(args, ctx) {
    const company = ctx.tx.collection(companyCollection).get('team');
    const operator = [company?.name ?? ctx.team.name, company?.legalForm, company?.address]
      .filter(Boolean)
      .join(', ');
    const r = retentionOf(ctx.tx, ctx.now);
    const custom =
      r.prospectYears !== LEGAL_RETENTION_YEARS.prospect ||
      r.customerYears !== LEGAL_RETENTION_YEARS.customer ||
      r.oppositionYears !== LEGAL_RETENTION_YEARS.opposition;
    // The reader's language first, then the other one.
    const order = [ctx.locale, ...LOCALES.filter((l) => l !== ctx.locale)];
    const notices = order.map((locale) => {
      const notice = privacyNotice(locale, { operator, contact: args.contact });
      const t = createTranslator(locale);
      const team = custom
        ? [
            t('gdpr.notice.team_retention', {
              prospectYears: r.prospectYears,
              customerYears: r.customerYears,
              oppositionYears: r.oppositionYears,
            }),
          ]
        : [];
      return { locale, notice, team };
    });
    return reply({
      title: notices[0]?.notice.title ?? '',
      blocks: notices.flatMap(({ locale, notice, team }, i) => [
        ...(i > 0 ? [text(`— ${notice.title} —`)] : []),
        ...notice.sections.map((s) => ({
          ...text(`**${s.heading}**\n${s.paragraphs.join('\n')}`),
          lang: locale,
        })),
        ...team.map((p) => text(p)),
      ]),
      data: Object.fromEntries(
        notices.map(({ locale, notice, team }) => [locale, { ...notice, teamRetention: team }]),
      ),
    });
  },
});
