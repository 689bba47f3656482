import { z } from 'zod';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { opt } from '../../src/core/options.ts';
import { reply, text } from '../../src/core/reply.ts';
import { typeOption } from '../../src/watch/options.ts';
import {
  SUBSCRIPTION_KINDS,
  type Subscription,
  subscriptionId,
  subscriptionsCollection,
} from '../../src/watch/subscriptions.ts';

const options = z.object({
  tag: opt.text({ maxLength: 40, description: { fr: 'Un mot-clé', en: 'A tag' } }),
  type: typeOption(false),
  competitor: opt.text({
    frName: 'concurrent',
    maxLength: 120,
    description: { fr: 'Un concurrent', en: 'A competitor' },
  }),
});

type Args = z.output<typeof options>;

const wanted = (args: Args) =>
  SUBSCRIPTION_KINDS.flatMap((kind) => {
    const v = args[kind];
    return v === undefined ? [] : [{ kind, value: v.replace(/^#/, '') }];
  });

const listText = (
  subs: Subscription[],
  t: (k: 'watch.subs_none' | 'watch.subs_list', p?: Record<string, string>) => string,
) =>
  subs.length === 0
    ? t('watch.subs_none')
    : t('watch.subs_list', { list: subs.map((s) => `${s.kind}:${s.value}`).join(', ') });

/** `/watch subscribe tag|type|competitor`: be told privately when a matching note is posted. */
export const subscribeSubcommand = defineSubcommand({
  name: 'subscribe',
  frName: 'suivre',
  aliases: ['abonner', 'sabonner', 'follow'],
  description: {
    fr: 'Être prévenu en privé des notes d’un mot-clé, d’un type ou d’un concurrent',
    en: 'Be told privately about notes with a tag, of a type, or on a competitor',
  },
  examples: ['/watch subscribe competitor:Durand', '/veille suivre tag:prix'],
  options,
  handler(args, ctx) {
    const subs = ctx.tx.collection(subscriptionsCollection);
    for (const { kind, value } of wanted(args)) {
      const id = subscriptionId(ctx.member.id, kind, value);
      if (!subs.get(id))
        subs.put({ id, memberId: ctx.member.id, kind, value, createdAt: ctx.now.toISOString() });
    }
    const mine = subs.all().filter((s) => s.memberId === ctx.member.id);
    return reply({
      tone: wanted(args).length > 0 ? 'success' : 'info',
      blocks: [text(listText(mine, ctx.t))],
      data: { subscriptions: mine.map((s) => ({ kind: s.kind, value: s.value })) },
    });
  },
});

export const unsubscribeSubcommand = defineSubcommand({
  name: 'unsubscribe',
  frName: 'ne-plus-suivre',
  aliases: ['desabonner', 'unfollow', 'stop'],
  description: { fr: 'Ne plus être prévenu', en: 'Stop being told' },
  examples: ['/watch unsubscribe competitor:Durand'],
  options,
  handler(args, ctx) {
    const asked = wanted(args);
    if (asked.length === 0) throw new UserError('watch_subscription_missing', {}, 'tag');
    const subs = ctx.tx.collection(subscriptionsCollection);
    for (const { kind, value } of asked) subs.remove(subscriptionId(ctx.member.id, kind, value));
    const mine = subs.all().filter((s) => s.memberId === ctx.member.id);
    return reply({
      tone: 'success',
      blocks: [text(listText(mine, ctx.t))],
      data: { subscriptions: mine.map((s) => ({ kind: s.kind, value: s.value })) },
    });
  },
});
