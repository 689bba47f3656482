import { z } from 'zod';
import { defineCommand, defineSubcommand } from '../src/core/command.ts';
import { UserError } from '../src/core/errors.ts';
import { opt } from '../src/core/options.ts';
import { fromOption, pageOf } from '../src/core/paging.ts';
import { reply, table, text } from '../src/core/reply.ts';
import { suggest } from '../src/core/suggest.ts';
import { guardField } from '../src/privacy/guard-note.ts';
import { competitorReply, competitorStats } from '../src/watch/competitor-reply.ts';
import {
  type Competitor,
  competitorFor,
  competitorsCollection,
  findCompetitor,
  SWOT_KINDS,
} from '../src/watch/competitors.ts';
import { confirmOption } from '../src/watch/options.ts';

const nameOption = () =>
  opt.text({
    required: true,
    positional: true,
    frName: 'nom',
    maxLength: 120,
    description: { fr: 'Nom du concurrent (ou id K-2)', en: 'Competitor name (or id K-2)' },
  });

function requireCompetitor(ctx: Parameters<typeof findCompetitor>[0], ref: string): Competitor {
  const found = findCompetitor(ctx, ref);
  if (found) return found;
  const names = ctx.tx
    .collection(competitorsCollection)
    .all()
    .map((c) => c.name);
  throw new UserError('competitor_not_found', { value: ref, suggestion: suggest(ref, names) ?? '' }, 'name');
}

const add = defineSubcommand({
  name: 'add',
  frName: 'ajouter',
  aliases: ['nouveau', 'new'],
  description: { fr: 'Suivre un concurrent', en: 'Track a competitor' },
  examples: ['/competitor add Durand', '/concurrent ajouter "Durand SA"'],
  options: z.object({ name: nameOption() }),
  handler(args, ctx) {
    const { competitor, created } = competitorFor(ctx, args.name);
    return reply({
      tone: created ? 'success' : 'info',
      title: ctx.t(created ? 'competitor.added' : 'competitor.exists', {
        name: competitor.name,
        id: competitor.id,
      }),
      blocks: [],
      followUps: [{ label: competitor.name, command: `/competitor show ${competitor.id}` }],
      data: { competitor, created },
    });
  },
});

const show = defineSubcommand({
  name: 'show',
  frName: 'voir',
  aliases: ['fiche', 'afficher'],
  description: {
    fr: 'Ce que l’équipe sait d’un concurrent : notes, SWOT, prospects',
    en: 'What the team knows about a competitor: notes, SWOT, prospects',
  },
  examples: ['/competitor show Durand', '/concurrent voir K-1'],
  options: z.object({ name: nameOption() }),
  handler: (args, ctx) => competitorReply(ctx, requireCompetitor(ctx, args.name)),
});

const list = defineSubcommand({
  name: 'list',
  frName: 'liste',
  aliases: ['lister', 'tous'],
  description: { fr: 'Les concurrents suivis', en: 'Tracked competitors' },
  examples: ['/competitor list', '/concurrent liste', '/concurrent liste début:51'],
  options: z.object({ from: fromOption() }),
  handler(args, ctx) {
    const { t, fmt } = ctx;
    const all = ctx.tx.collection(competitorsCollection).all();
    const stats = all.map((c) => ({ c, ...competitorStats(ctx, c) }));
    stats.sort((a, b) => b.notes.length - a.notes.length || a.c.name.localeCompare(b.c.name));
    const { shown, caption, page, pastEnd } = pageOf(
      ctx,
      { command: 'competitor', subcommand: 'list' },
      args,
      stats,
      50,
    );
    return reply({
      title: t('competitor.list_title', { count: all.length }),
      blocks:
        shown.length === 0
          ? [text(pastEnd ?? t('competitor.list_none'))]
          : [
              table(
                [
                  { label: 'Id' },
                  { label: t('competitor.col.name') },
                  { label: t('competitor.col.notes'), align: 'right' },
                  { label: t('competitor.col.prospects'), align: 'right' },
                  { label: t('competitor.col.last') },
                ],
                shown.map((s) => [
                  s.c.id,
                  s.c.name,
                  String(s.notes.length),
                  String(s.prospects.length),
                  s.notes[0] ? fmt.instantDate(s.notes[0].createdAt) : '',
                ]),
                caption,
                page,
              ),
            ],
      data: { competitors: stats.map((s) => ({ id: s.c.id, name: s.c.name, notes: s.notes.length })) },
    });
  },
});

const swot = defineSubcommand({
  name: 'swot',
  description: { fr: 'Ajouter une ligne à la SWOT d’un concurrent', en: 'Add a line to a competitor’s SWOT' },
  examples: [
    '/competitor swot Durand kind:weakness text:"Delivery takes 3 weeks"',
    '/concurrent swot Durand type:faiblesse texte:"Livre en 3 semaines"',
  ],
  options: z.object({
    name: nameOption(),
    kind: opt.choice(SWOT_KINDS, {
      required: true,
      frName: 'type',
      description: {
        fr: 'Force, faiblesse, opportunité ou menace',
        en: 'Strength, weakness, opportunity or threat',
      },
      choiceLabels: {
        fr: { strength: 'force', weakness: 'faiblesse', opportunity: 'opportunité', threat: 'menace' },
        en: { strength: 'strength', weakness: 'weakness', opportunity: 'opportunity', threat: 'threat' },
      },
      choiceAliases: {
        strength: ['force', 'forces'],
        weakness: ['faiblesse', 'faiblesses'],
        opportunity: ['opportunite', 'opportunites'],
        threat: ['menace', 'menaces'],
      },
    }),
    text: opt.text({
      required: true,
      frName: 'texte',
      maxLength: 300,
      description: { fr: 'La ligne, factuelle', en: 'The line, factual' },
    }),
    confirm: confirmOption(),
  }),
  handler(args, ctx) {
    const competitor = requireCompetitor(ctx, args.name);
    guardField(ctx, 'text', args.text, args.confirm);
    const next: Competitor = {
      ...competitor,
      swot: [
        ...competitor.swot,
        { kind: args.kind, text: args.text, by: ctx.member.id, at: ctx.now.toISOString() },
      ],
    };
    ctx.tx.collection(competitorsCollection).put(next);
    const card = competitorReply(ctx, next);
    return {
      ...card,
      tone: 'success',
      blocks: [text(ctx.t('competitor.swot_added', { name: next.name })), ...card.blocks],
    };
  },
});

export default defineCommand({
  name: 'competitor',
  frName: 'concurrent',
  aliases: ['concurrence'],
  description: { fr: 'Fiches concurrents partagées', en: 'Shared competitor cards' },
  subcommands: [add, show, list, swot],
});
