import { z } from 'zod';
import { defineCommand, defineSubcommand } from '../src/core/command.ts';
import { postOwner } from '../src/core/conversations/store.ts';
import { UserError } from '../src/core/errors.ts';
import { reply, text } from '../src/core/reply.ts';
import { competitorFor } from '../src/watch/competitors.ts';
import { notesCollection, type WatchNote } from '../src/watch/entities.ts';
import { noteReply } from '../src/watch/note-reply.ts';
import {
  checkSource,
  guardNoteText,
  hasPostsChannel,
  newNoteId,
  noteProspect,
  parseTags,
  requireEditable,
  requireNote,
} from '../src/watch/notes.ts';
import { confirmOption, noteFields, noteRefOption, postOptions, typeOption } from '../src/watch/options.ts';
import { explainRating } from '../src/watch/rating.ts';
import { subscribersOf } from '../src/watch/subscriptions.ts';
import { digestSubcommand, settingsSubcommand } from './watch/digest.ts';
import { searchSubcommand } from './watch/search.ts';
import { subscribeSubcommand, unsubscribeSubcommand } from './watch/subscribe.ts';

const post = defineSubcommand({
  name: 'post',
  frName: 'publier',
  aliases: ['partager', 'share', 'add', 'ajouter'],
  description: {
    fr: 'Partager une information de veille avec l’équipe',
    en: 'Share a piece of market intelligence with the team',
  },
  examples: [
    '/watch post type:competitive title:"Durand cuts prices" body:"-10 % on the whole range" reliability:B credibility:2',
    '/veille publier type:juridique titre:"Nouvelle loi démarchage" texte:"Consentement préalable dès août" source:https://www.legifrance.gouv.fr',
  ],
  options: postOptions,
  handler(args, ctx) {
    const { t, tx } = ctx;
    checkSource(args.source);
    guardNoteText(ctx, args, args.confirm === true);
    const linked = noteProspect(ctx, args.prospect);
    const rival = args.competitor === undefined ? undefined : competitorFor(ctx, args.competitor);
    const note: WatchNote = {
      id: newNoteId(ctx),
      type: args.type,
      title: args.title,
      body: args.body,
      ...(args.source !== undefined && { source: args.source }),
      ...(args.reliability !== undefined && { reliability: args.reliability }),
      ...(args.credibility !== undefined && { credibility: args.credibility }),
      tags: parseTags(args.tags),
      ...(linked && { prospectId: linked.prospect.id }),
      ...(rival && { competitor: rival.competitor.name }),
      authorId: ctx.member.id,
      createdAt: ctx.now.toISOString(),
      usefulBy: [],
    };
    tx.collection(notesCollection).put(note);
    const blocks = [text(explainRating(t, note))];
    if (linked?.created)
      blocks.push(text(t('watch.prospect_created', { name: linked.prospect.name, id: linked.prospect.id })));
    if (rival?.created)
      blocks.push(
        text(t('watch.competitor_created', { name: rival.competitor.name, id: rival.competitor.id })),
      );
    const channel = hasPostsChannel(ctx);
    const subscribers = subscribersOf(tx, note);
    const notice = noteReply(ctx, note, 'private');
    if (!channel) blocks.push(text(t('watch.no_channel', { id: note.id })));
    return reply({
      title: t('watch.saved', { id: note.id }),
      tone: 'success',
      blocks,
      followUps: [{ label: t('watch.followup_show', { id: note.id }), command: `/watch show ${note.id}` }],
      data: { note },
      ...(channel && {
        broadcast: noteReply(ctx, note),
        broadcastOf: postOwner(notesCollection, note.id),
      }),
      ...(subscribers.length > 0 && {
        notify: {
          memberIds: subscribers,
          reply: { ...notice, title: t('watch.notice_title', { title: note.title }) },
        },
      }),
    });
  },
});

const show = defineSubcommand({
  name: 'show',
  frName: 'voir',
  aliases: ['afficher'],
  description: { fr: 'Afficher une note de veille', en: 'Show a watch note' },
  examples: ['/watch show W-3', '/veille voir W-3'],
  options: z.object({ id: noteRefOption() }),
  handler: (args, ctx) => noteReply(ctx, requireNote(ctx, args.id), 'private'),
});

const useful = defineSubcommand({
  name: 'useful',
  frName: 'utile',
  aliases: ['like', 'merci'],
  description: { fr: 'Marquer une note comme utile (une fois)', en: 'Mark a note useful (once)' },
  examples: ['/watch useful W-3', '/veille utile W-3'],
  options: z.object({ id: noteRefOption() }),
  handler(args, ctx) {
    const note = requireNote(ctx, args.id);
    const already = note.usefulBy.includes(ctx.member.id);
    const next = already ? note : { ...note, usefulBy: [...note.usefulBy, ctx.member.id] };
    if (!already) ctx.tx.collection(notesCollection).put(next);
    const count = ctx.t('watch.useful_count', { count: next.usefulBy.length });
    return reply({
      tone: already ? 'info' : 'success',
      blocks: [text(ctx.t(already ? 'watch.useful_already' : 'watch.useful_done', { id: note.id, count }))],
      data: { id: note.id, useful: next.usefulBy.length, already },
      // The channel post shows the count: it follows each new mark.
      ...(note.post && !already && { repost: { post: note.post, reply: noteReply(ctx, next) } }),
    });
  },
});

const edit = defineSubcommand({
  name: 'edit',
  frName: 'modifier',
  aliases: ['corriger'],
  description: { fr: 'Modifier une note (auteur ou manager)', en: 'Edit a note (author or manager)' },
  examples: ['/watch edit W-3 credibility:1', '/veille modifier W-3 crédibilité:1'],
  options: z.object({
    id: noteRefOption(),
    type: typeOption(false),
    ...noteFields,
    confirm: confirmOption(),
  }),
  handler(args, ctx) {
    const note = requireNote(ctx, args.id);
    requireEditable(ctx, note);
    const { id: _id, confirm, tags, ...changes } = args;
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    if (Object.keys(set).length === 0 && tags === undefined)
      throw new UserError('note_nothing_to_edit', {}, 'id');
    checkSource(args.source);
    guardNoteText(ctx, args, confirm === true);
    const next: WatchNote = {
      ...note,
      ...set,
      ...(tags !== undefined && { tags: parseTags(tags) }),
      updatedAt: ctx.now.toISOString(),
    };
    ctx.tx.collection(notesCollection).put(next);
    return {
      ...noteReply(ctx, next, 'private'),
      title: ctx.t('watch.edited', { id: note.id }),
      tone: 'success',
      ...(note.post && { repost: { post: note.post, reply: noteReply(ctx, next) } }),
    };
  },
});

const remove = defineSubcommand({
  name: 'delete',
  frName: 'supprimer',
  aliases: ['remove', 'effacer'],
  description: { fr: 'Supprimer une note (auteur ou manager)', en: 'Delete a note (author or manager)' },
  examples: ['/watch delete W-3', '/veille supprimer W-3'],
  options: z.object({ id: noteRefOption() }),
  handler(args, ctx) {
    const note = requireNote(ctx, args.id);
    requireEditable(ctx, note);
    ctx.tx.collection(notesCollection).remove(note.id);
    return reply({
      tone: 'success',
      blocks: [text(ctx.t('watch.deleted', { id: note.id }))],
      data: { id: note.id },
      ...(note.post && { repost: { post: note.post } }),
    });
  },
});

export default defineCommand({
  name: 'watch',
  frName: 'veille',
  description: { fr: 'Veille commerciale partagée', en: 'Shared market watch' },
  subcommands: [
    post,
    show,
    useful,
    edit,
    remove,
    searchSubcommand,
    digestSubcommand,
    subscribeSubcommand,
    unsubscribeSubcommand,
    settingsSubcommand,
  ],
});
