import { z } from 'zod';
import { recordAudit } from '../../src/audit/record.ts';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { opt } from '../../src/core/options.ts';
import { fromOption, pageOf } from '../../src/core/paging.ts';
import { reply, table, text } from '../../src/core/reply.ts';
import { findPerson } from '../../src/privacy/find-person.ts';
import {
  isOverdue,
  REQUEST_KINDS,
  registerRequest,
  requestsCollection,
  requireOpenRequest,
} from '../../src/privacy/requests.ts';

const KIND_FR = {
  access: 'accès',
  rectification: 'rectification',
  erasure: 'effacement',
  opposition: 'opposition',
};

/** `/gdpr requests`: the register (open ones first, overdue flagged); `kind:` adds one, `done:` closes one. */
export const requestsSubcommand = defineSubcommand({
  name: 'requests',
  frName: 'demandes',
  aliases: ['registre', 'register', 'demande'],
  permission: 'manager',
  description: {
    fr: 'Registre des demandes RGPD : reçue le, échéance à un mois ; en ajouter, en clore',
    en: 'Register of GDPR requests: received, one-month deadline; add one, close one',
  },
  examples: [
    '/gdpr requests',
    '/rgpd demandes type:rectification personne:P-12 reçue:hier',
    '/rgpd demandes traitée:R-2',
  ],
  options: z.object({
    kind: opt.choice(REQUEST_KINDS, {
      frName: 'type',
      description: { fr: 'Type de la demande à enregistrer', en: 'Kind of request to register' },
      choiceLabels: {
        fr: KIND_FR,
        en: { access: 'access', rectification: 'rectification', erasure: 'erasure', opposition: 'objection' },
      },
      choiceAliases: { access: ['acces', 'accès'], erasure: ['effacement'], opposition: ['objection'] },
    }),
    person: opt.text({
      frName: 'personne',
      maxLength: 200,
      autocomplete: 'prospect',
      description: {
        fr: 'Le prospect concerné (P-12, nom, e-mail, téléphone)',
        en: 'The prospect concerned (P-12, name, e-mail, phone)',
      },
    }),
    received: opt.date({
      frName: 'reçue',
      aliases: ['recue', 'reçu', 'le'],
      noFuture: true,
      description: {
        fr: 'Date de réception (aujourd’hui par défaut)',
        en: 'Day received (today by default)',
      },
    }),
    done: opt.text({
      frName: 'traitée',
      aliases: ['traitee', 'fait', 'close'],
      maxLength: 20,
      description: { fr: 'Demande traitée (R-2)', en: 'Request handled (R-2)' },
    }),
    from: fromOption(),
  }),
  handler(args, ctx) {
    const { t, tx, fmt } = ctx;
    if (args.done !== undefined) {
      const open = requireOpenRequest(tx, args.done, {
        name: 'done',
        label: ctx.locale === 'fr' ? 'traitée' : 'done',
      });
      const done = { ...open, status: 'done' as const, doneOn: ctx.today };
      tx.collection(requestsCollection).put(done);
      return reply({
        title: t('gdpr.requests.closed', { id: done.id }),
        tone: 'success',
        blocks: [],
        reference: done.id,
        data: { request: done },
      });
    }
    if (args.person !== undefined || args.received !== undefined) {
      if (args.kind === undefined) throw new UserError('gdpr_request_kind_missing', {}, 'kind');
    }
    if (args.kind !== undefined) {
      const ids = args.person === undefined ? [] : [...findPerson(tx, args.person).prospectIds];
      const r = registerRequest(tx, {
        kind: args.kind,
        receivedOn: args.received ?? ctx.today,
        prospectIds: ids,
        by: ctx.member.id,
        now: ctx.now,
      });
      recordAudit(tx, {
        action: 'request',
        actorId: ctx.member.id,
        at: ctx.now,
        targets: [r.id, ...ids],
        counts: { [r.kind]: 1 },
      });
      return reply({
        title: t('gdpr.requests.added', { id: r.id, due: fmt.date(r.dueOn) }),
        tone: 'success',
        blocks: [],
        reference: r.id,
        data: { request: r },
      });
    }
    const all = tx.collection(requestsCollection).all();
    const ordered = [
      ...all.filter((r) => r.status === 'open').sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
      ...all.filter((r) => r.status === 'done').reverse(),
    ];
    const { shown, caption, page, pastEnd } = pageOf(
      ctx,
      { command: 'gdpr', subcommand: 'requests' },
      args,
      ordered,
      50,
    );
    if (shown.length === 0)
      return reply({
        title: t('gdpr.requests.title'),
        blocks: [text(pastEnd ?? t('gdpr.requests.none'))],
        data: { requests: ordered },
      });
    const status = (r: (typeof all)[number]) =>
      r.status === 'done'
        ? t('gdpr.requests.done', { day: fmt.date(r.doneOn ?? r.dueOn) })
        : isOverdue(r, ctx.today)
          ? `⚠ ${t('gdpr.requests.overdue')}`
          : t('gdpr.requests.open');
    return reply({
      title: t('gdpr.requests.title'),
      blocks: [
        table(
          [
            { label: t('gdpr.column.id') },
            { label: t('gdpr.requests.column.kind') },
            { label: t('gdpr.requests.column.received') },
            { label: t('gdpr.requests.column.due') },
            { label: t('gdpr.requests.column.status') },
            { label: t('gdpr.requests.column.about') },
          ],
          shown.map((r) => [
            r.id,
            t(`gdpr.request_kind.${r.kind}`),
            fmt.date(r.receivedOn),
            fmt.date(r.dueOn),
            status(r),
            r.prospectIds.join(', '),
          ]),
          caption,
          page,
        ),
      ],
      data: { requests: ordered, overdue: ordered.filter((r) => isOverdue(r, ctx.today)).map((r) => r.id) },
    });
  },
});
