import { z } from 'zod';
import { defineCommand, defineSubcommand } from '../src/core/command.ts';
import { ChannelLink, linksCollection } from '../src/core/conversations/links.ts';
import { UserError } from '../src/core/errors.ts';
import { reply, text } from '../src/core/reply.ts';

/** One posts channel per chat platform and team: setting it again replaces it. */
const postsLinkId = (channel: string): string => `posts:${channel}`;

const set = defineSubcommand({
  name: 'set',
  frName: 'définir',
  aliases: ['definir', 'ici', 'here'],
  permission: 'manager',
  description: {
    fr: 'Publier les posts partagés de l’équipe (veille, synthèses) dans cette conversation',
    en: 'Post the team’s shared posts (watch notes, digests) in this conversation',
  },
  examples: ['/channel set', '/canal définir'],
  options: z.object({}),
  handler(_args, ctx) {
    const { t, conversation } = ctx;
    const channel = ChannelLink.shape.channel.safeParse(ctx.channel);
    if (!conversation || !channel.success) throw new UserError('channel_not_here');
    const link: ChannelLink = {
      id: postsLinkId(channel.data),
      channel: channel.data,
      purpose: 'posts',
      reference: { ...conversation.reference },
      updatedAt: ctx.now.toISOString(),
    };
    ctx.tx.collection(linksCollection).put(link);
    return reply({
      title: t('channel.set_title'),
      tone: 'success',
      visibility: 'shared',
      blocks: [text(t('channel.set_done'))],
      data: { link: { id: link.id, channel: link.channel, conversation: conversation.id } },
    });
  },
});

const show = defineSubcommand({
  name: 'show',
  frName: 'voir',
  aliases: ['afficher'],
  description: { fr: 'Où sont publiés les posts partagés', en: 'Where shared posts go' },
  options: z.object({}),
  handler(_args, ctx) {
    const { t, fmt } = ctx;
    const links = ctx.tx
      .collection(linksCollection)
      .all()
      .filter((l) => l.purpose === 'posts');
    if (links.length === 0) return reply({ blocks: [text(t('channel.show_none'))], data: { links: [] } });
    return reply({
      title: t('channel.show_title'),
      blocks: links.map((l) =>
        text(
          t('channel.show_where', {
            id: conversationIdOf(l),
            channel: l.channel,
            date: fmt.instantDate(l.updatedAt),
          }),
        ),
      ),
      data: {
        links: links.map((l) => ({ id: l.id, channel: l.channel, conversation: conversationIdOf(l) })),
      },
    });
  },
});

const conversationIdOf = (l: ChannelLink): string => {
  const conv = l.reference.conversation as { id?: unknown } | undefined;
  return typeof conv?.id === 'string' ? conv.id : l.id;
};

export default defineCommand({
  name: 'channel',
  frName: 'canal',
  description: {
    fr: 'Le canal où l’équipe reçoit les publications partagées',
    en: 'The channel where the team gets shared posts',
  },
  subcommands: [set, show],
});
