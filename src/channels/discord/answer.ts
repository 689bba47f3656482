import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { Invocation } from '../../core/dispatch.ts';
import type { FormRequest } from '../../core/form-plan.ts';
import type { Reply } from '../../core/reply.ts';
import type { Bot } from '../../core/turn.ts';
import type { TurnPlan } from '../../core/turn-plan.ts';
import type { Locale } from '../../domain/ids.ts';
import { type DiscordMessage, replyToDiscord } from './reply-embeds.ts';

export type Answerable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/**
 * Discord invalidates an interaction not answered within 3 s. A turn not planned slow still
 * acknowledges after this long whatever holds it (the store, the team-channel post, a 429 on it,
 * a chart), so that the first response is out within 2.5 s with room for the request itself.
 */
export const LATE_DEFER_MS = 2000;

/** Sends a reply, whatever was already sent: first answer, edit of a deferral, or a follow-up. */
export async function send(i: Answerable, msg: DiscordMessage, deferredPrivate: boolean): Promise<void> {
  const { flags, ...rest } = msg;
  const ephemeral = (flags & MessageFlags.Ephemeral) !== 0;
  if (!i.deferred && !i.replied) {
    await i.reply({ ...rest, flags: ephemeral ? MessageFlags.Ephemeral : undefined });
    return;
  }
  if (ephemeral !== deferredPrivate) {
    // A deferral cannot change visibility: answer as a follow-up of the right kind, then remove it.
    if (ephemeral) await i.deleteReply().catch(() => undefined);
    await i.followUp({ ...rest, flags: ephemeral ? MessageFlags.Ephemeral : undefined });
    if (!ephemeral) await i.deleteReply().catch(() => undefined);
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
 * The first response to an interaction, within Discord's deadline whatever the turn does: a turn
 * planned slow is deferred at once; any other is deferred if it has not answered after
 * LATE_DEFER_MS. The deferral's visibility is the answer's as far as it is known by then: the
 * reply's once the command ran, else the plan's (`share`).
 */
function firstResponse(i: Answerable, plan: TurnPlan) {
  let visibility: Reply['visibility'] = plan.visibility;
  let deferral: Promise<unknown> | undefined;
  const defer = () => {
    deferral ??= i
      .deferReply(visibility === 'private' ? { flags: MessageFlags.Ephemeral } : {})
      .catch(() => undefined);
    return deferral;
  };
  const timer = plan.slow ? undefined : setTimeout(defer, LATE_DEFER_MS);
  return {
    now: () => (plan.slow ? defer() : Promise.resolve()),
    /** The command's own reply: a deferral not made yet takes its visibility (errors are private). */
    known(r: Reply) {
      if (!deferral) visibility = r.error ? 'private' : r.visibility;
    },
    /** No deferral after this; resolves once the one made (if any) is done. */
    async settle(): Promise<void> {
      clearTimeout(timer);
      await deferral;
    },
    /** Whether the deferral made (if any) is private. */
    get deferredPrivate() {
      return visibility === 'private';
    },
  };
}

/**
 * Runs one invocation through the bot's turn and answers it: acknowledged first as the plan
 * says, then the reply (charts attached as PNGs) sent or the deferral edited; private notices to
 * other members go after the answer, so that they never delay it.
 */
export async function runAndAnswer(
  i: Answerable,
  inv: Invocation,
  how: {
    plan: TurnPlan;
    /** The button that reopens a form the core sent back (a field to fix), instead of none. */
    onForm?: (form: FormRequest, locale: Locale) => DiscordMessage['components'][number] | undefined;
    /** The custom id of a follow-up button (see long-buttons.ts); by default the command when it fits. */
    buttonId?: (command: string) => string | undefined;
  },
  bot: Bot,
): Promise<void> {
  const first = firstResponse(i, how.plan);
  await first.now();
  const outcome = await bot
    .handle(inv, { plan: how.plan, charts: true, onReply: (r) => first.known(r) })
    .finally(() => first.settle());
  const { reply: answer, charts } = outcome;
  const message = replyToDiscord(answer, charts, how.buttonId ? { buttonId: how.buttonId } : {});
  const fix = outcome.form && how.onForm?.(outcome.form, answer.locale ?? 'fr');
  await send(i, fix ? { ...message, components: [fix] } : message, first.deferredPrivate);
  await outcome.notices();
}
