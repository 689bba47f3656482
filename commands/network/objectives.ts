import { z } from 'zod';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { displayName, opt } from '../../src/core/options.ts';
import { reply, table, text } from '../../src/core/reply.ts';
import { nextId } from '../../src/domain/lookup.ts';
import { type NetworkObjective, networkObjectivesCollection } from '../../src/network/entities.ts';
import { scopeOption } from '../../src/network/options.ts';
import { guardConfirmOption, guardField } from '../../src/privacy/guard-note.ts';

const ACTIONS = ['list', 'add', 'done', 'reopen', 'remove'] as const;

/** `/network objectives`: the rep's networking objectives (outline 5.1), done or not, with dates. */
export default defineSubcommand({
  name: 'objectives',
  frName: 'objectifs',
  aliases: ['objectif', 'goals'],
  description: {
    fr: 'Mes objectifs de networking : lister, ajouter, marquer atteint',
    en: 'My networking objectives: list, add, mark done',
  },
  examples: [
    '/network objectives add text:"Join the local business club" due:2027-03-31',
    '/réseau objectifs ajouter texte:"Rejoindre le club d’affaires" échéance:2027-03-31',
    '/réseau objectifs atteint NO-1',
  ],
  options: z.object({
    action: opt.choice(ACTIONS, {
      positional: true,
      description: {
        fr: 'Lister (par défaut), ajouter, atteint, rouvrir ou retirer',
        en: 'List (default), add, done, reopen or remove',
      },
      choiceLabels: {
        fr: { list: 'liste', add: 'ajouter', done: 'atteint', reopen: 'rouvrir', remove: 'retirer' },
        en: { list: 'list', add: 'add', done: 'done', reopen: 'reopen', remove: 'remove' },
      },
      choiceAliases: {
        list: ['liste', 'lister', 'voir'],
        add: ['ajouter', 'nouveau'],
        done: ['atteint', 'fait', 'realise', 'termine'],
        reopen: ['rouvrir', 'pas_atteint', 'undo'],
        remove: ['retirer', 'supprimer', 'delete'],
      },
    }),
    objective: opt.text({
      positional: true,
      frName: 'objectif',
      aliases: ['id'],
      maxLength: 20,
      description: { fr: 'L’objectif visé (id NO-1)', en: 'The objective (id NO-1)' },
    }),
    text: opt.text({
      frName: 'texte',
      maxLength: 300,
      description: { fr: 'L’objectif, qualitatif', en: 'The objective, qualitative' },
    }),
    due: opt.date({
      frName: 'échéance',
      aliases: ['echeance', 'pour_le', 'avant'],
      description: { fr: 'Échéance', en: 'Due date' },
    }),
    on: opt.date({
      frName: 'le',
      aliases: ['date'],
      noFuture: true,
      description: {
        fr: 'Jour où il a été atteint (aujourd’hui par défaut)',
        en: 'Day it was reached (today by default)',
      },
    }),
    // Listing only: the team's objectives with their owners (the dossier shows the team's).
    scope: scopeOption(),
    confirm: guardConfirmOption(),
  }),
  handler(args, ctx) {
    const { t, fmt } = ctx;
    const objectives = ctx.tx.collection(networkObjectivesCollection);
    const action = args.action ?? 'list';
    let title: string | undefined;
    let reference: string | undefined;
    if (action === 'add') {
      if (args.text === undefined)
        throw new UserError(
          'missing_option',
          { option: displayName({ name: 'text', frName: 'texte' }, ctx.locale) },
          'text',
        );
      guardField(ctx, 'text', args.text, args.confirm);
      const objective: NetworkObjective = {
        id: nextId(objectives, 'NO'),
        text: args.text,
        ownerId: ctx.member.id,
        ...(args.due && { due: args.due }),
        done: false,
        createdAt: ctx.now.toISOString(),
      };
      objectives.put(objective);
      title = t('network.objective_added', { id: objective.id });
      reference = objective.id;
    } else if (action !== 'list') {
      if (args.objective === undefined)
        throw new UserError(
          'missing_option',
          { option: displayName({ name: 'objective', frName: 'objectif' }, ctx.locale) },
          'objective',
        );
      const found = objectives.get(args.objective.trim().toUpperCase());
      if (!found || found.ownerId !== ctx.member.id)
        throw new UserError('network_objective_not_found', { value: args.objective }, 'objective');
      if (action === 'remove') objectives.remove(found.id);
      else {
        const { doneOn: _d, ...rest } = found;
        objectives.put(
          action === 'done'
            ? { ...rest, done: true, doneOn: args.on ?? ctx.today }
            : { ...rest, done: false },
        );
      }
      title = t(`network.objective_${action}`, { id: found.id });
      reference = found.id;
    }
    const team = action === 'list' && args.scope === 'team';
    const mine = objectives.all().filter((o) => team || o.ownerId === ctx.member.id);
    const owner = (id: string) => ctx.tx.members.get(id)?.displayName ?? id;
    const done = mine.filter((o) => o.done).length;
    return reply({
      tone: title ? 'success' : 'info',
      title: title ?? t('network.objectives_title', { done, count: mine.length }),
      blocks:
        mine.length === 0
          ? [text(t('network.objectives_none'))]
          : [
              table(
                [
                  { label: 'Id' },
                  ...(team ? [{ label: t('network.col.owner') }] : []),
                  { label: t('network.col.objective') },
                  { label: t('network.col.due') },
                  { label: t('network.col.status') },
                ],
                mine.map((o) => [
                  o.id,
                  ...(team ? [owner(o.ownerId)] : []),
                  o.text,
                  o.due ? fmt.date(o.due) : '',
                  o.done
                    ? t('network.objective_done_on', { date: o.doneOn ? fmt.date(o.doneOn) : '' })
                    : t('network.objective_open'),
                ]),
              ),
              ...(title ? [text(t('network.objectives_title', { done, count: mine.length }))] : []),
            ],
      ...(reference && { reference }),
      data: { objectives: mine, done, count: mine.length },
    });
  },
});
