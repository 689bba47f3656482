import { randomBytes } from 'node:crypto';
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { App } from '../../app.ts';
import { renderReplyCharts } from '../../charts/render-reply.ts';
import { dispatch, errorReply, type Invocation } from '../../core/dispatch.ts';
import { isUserError } from '../../core/errors.ts';
import { type Reply, reply, text } from '../../core/reply.ts';
import { createTranslator } from '../../i18n/index.ts';
import { deliverShared } from '../deliver.ts';
import { deliverNotices } from '../notices.ts';
import { type DiscordMessage, replyToDiscord } from './reply-embeds.ts';

export type Answerable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** A quick command still acknowledges before Discord's 3 s deadline if the store is slow to answer. */
const LATE_DEFER_MS = 2000;

/** Sends a reply, whatever was already sent: first answer, edit of a deferral, or a private follow-up. */
export async function send(i: Answerable, msg: DiscordMessage, deferredPrivate: boolean): Promise<void> {
  const { flags, ...rest } = msg;
  const ephemeral = (flags & MessageFlags.Ephemeral) !== 0;
  if (!i.deferred && !i.replied) {
    await i.reply({ ...rest, flags: ephemeral ? MessageFlags.Ephemeral : undefined });
    return;
  }
  if (ephemeral && !deferredPrivate) {
    // A public "thinking…" cannot become private: remove it and answer privately instead.
    await i.deleteReply().catch(() => undefined);
    await i.followUp({ ...rest, flags: MessageFlags.Ephemeral });
    return;
  }
  await i.editReply({
    content: rest.content ?? null,
    embeds: rest.embeds,
    files: rest.files,
    components: rest.components,
    allowedMentions: rest.allowedMentions,
  });
}

/**
 * Runs one invocation and answers it: slow commands (charts) are deferred first, privately unless
 * the user asked to share; charts are rendered to PNGs and attached to the edited reply.
 */
export async function runAndAnswer(
  i: Answerable,
  inv: Invocation,
  how: {
    slow: boolean;
    share: boolean;
    /** Buttons for an error answer (a form to fix), instead of none. */
    onError?: (answer: Reply) => DiscordMessage['components'][number] | undefined;
    /** The custom id of a follow-up button (see long-buttons.ts); by default the command when it fits. */
    buttonId?: (command: string) => string | undefined;
  },
  app: App,
): Promise<void> {
  let deferredPrivate = true;
  let lateDefer: Promise<unknown> | undefined;
  let timer: NodeJS.Timeout | undefined;
  if (how.slow) {
    // Ephemeral or not is decided now, before the answer exists: the `share` option says.
    deferredPrivate = !how.share;
    await i.deferReply(deferredPrivate ? { flags: MessageFlags.Ephemeral } : {});
  } else {
    timer = setTimeout(() => {
      lateDefer = i.deferReply({ flags: MessageFlags.Ephemeral }).catch(() => undefined);
    }, LATE_DEFER_MS);
  }
  let r: Reply;
  try {
    r = await dispatch(inv, app.deps);
  } finally {
    clearTimeout(timer);
    await lateDefer;
  }
  // Private notices go after the answer: a DM each must not delay it past Discord's deadline.
  const { notify, ...own } = r;
  const answer = (await deliverShared(app, inv.teamId, own)).reply;
  const charts = answer.error ? [] : await renderReplyCharts(answer, app.charts);
  const message = replyToDiscord(answer, charts, how.buttonId ? { buttonId: how.buttonId } : {});
  const fix = answer.error && how.onError?.(answer);
  await send(i, fix ? { ...message, components: [fix] } : message, deferredPrivate);
  if (notify) await deliverNotices(app, inv.teamId, r);
}

/** The answer to an error raised outside dispatch (a bad interaction, an expired form). */
export function errorAnswer(
  e: unknown,
  locale: 'fr' | 'en',
  app: App,
  context: Record<string, unknown>,
): Reply {
  const t = createTranslator(locale);
  if (isUserError(e)) return errorReply(t, e);
  const errorId = randomBytes(4).toString('hex');
  app.logger.error('discord interaction failed', {
    errorId,
    ...context,
    error: e instanceof Error ? (e.stack ?? e.message) : String(e),
  });
  const message = t('errors.internal', { errorId });
  return reply({
    tone: 'error',
    locale,
    blocks: [text(message)],
    error: { code: 'internal', message, errorId },
  });
}
