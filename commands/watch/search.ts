import { z } from 'zod';
import { defineSubcommand } from '../../src/core/command.ts';
import { opt } from '../../src/core/options.ts';
import { fromOption, pageOf } from '../../src/core/paging.ts';
import { reply, table, text } from '../../src/core/reply.ts';
import { notesCollection } from '../../src/watch/entities.ts';
import { TYPE_ICONS } from '../../src/watch/note-reply.ts';
import { typeOption } from '../../src/watch/options.ts';
import { searchNotes } from '../../src/watch/search.ts';

/** `/watch search [query] [type] [tag] [competitor] [since]`: the team's notes, best first. */
export const searchSubcommand = defineSubcommand({
  name: 'search',
  frName: 'chercher',
  aliases: ['rechercher', 'find', 'trouver'],
  description: { fr: 'Retrouver des notes de veille', en: 'Find watch notes' },
  examples: ['/watch search prices competitor:Durand', '/veille chercher prix type:concurrentielle'],
  options: z.object({
    query: opt.text({
      positional: true,
      frName: 'texte',
      aliases: ['q', 'mots'],
      maxLength: 200,
      description: { fr: 'Mots à chercher', en: 'Words to look for' },
    }),
    type: typeOption(false),
    tag: opt.text({ aliases: ['motcle'], maxLength: 40, description: { fr: 'Mot-clé', en: 'Tag' } }),
    competitor: opt.text({
      frName: 'concurrent',
      maxLength: 120,
      description: { fr: 'Concurrent', en: 'Competitor' },
    }),
    since: opt.date({ frName: 'depuis', description: { fr: 'Depuis le', en: 'Since' } }),
    from: fromOption(),
  }),
  handler(args, ctx) {
    const { t, fmt } = ctx;
    const found = searchNotes(ctx.tx.collection(notesCollection).all(), { ...args, dayOf: fmt.dayOf });
    const { shown, caption, page, pastEnd } = pageOf(
      ctx,
      { command: 'watch', subcommand: 'search' },
      args,
      found,
      20,
    );
    const rows = shown.map((n) => [
      n.id,
      fmt.instantDate(n.createdAt),
      `${TYPE_ICONS[n.type]} ${t(`watch.type.${n.type}`)}`,
      n.title,
      `${n.reliability ?? 'F'}${n.credibility ?? 6}`,
      String(n.usefulBy.length),
    ]);
    const cols = (['id', 'date', 'type', 'title', 'rating', 'useful'] as const).map((c) => ({
      label: t(`watch.col.${c}`),
    }));
    return reply({
      title: t('watch.search_title', { count: found.length }),
      blocks:
        shown.length === 0 ? [text(pastEnd ?? t('watch.search_none'))] : [table(cols, rows, caption, page)],
      followUps: shown
        .slice(0, 3)
        .map((n) => ({ label: t('watch.followup_show', { id: n.id }), command: `/watch show ${n.id}` })),
      data: { notes: found.map((n) => ({ id: n.id, title: n.title, type: n.type })) },
    });
  },
});
