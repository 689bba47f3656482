import { randomBytes } from 'node:crypto';
import type { ChartSpecInput, RenderedChart } from '../charts/spec.ts';
import type { Locale } from '../domain/ids.ts';
import { createTranslator } from '../i18n/index.ts';
import { earlierAnswer } from '../once/index.ts';
import { TeamNotFoundError } from '../store/errors.ts';
import type { TeamView } from '../store/types.ts';
import type { ConversationStore } from './conversations/store.ts';
import { type CoreDeps, dispatch, errorReply, type Invocation } from './dispatch.ts';
import {
  type BroadcastResult,
  canNotify,
  deliverBroadcast,
  deliverNotices,
  deliverPosts,
  type EffectDeps,
  notifyMember,
  type Outlet,
  type RepostResult,
} from './effects/index.ts';
import { isUserError } from './errors.ts';
import { type FormRequest, formAgain, type Via } from './form-plan.ts';
import { prefetchFile } from './prefetch-file.ts';
import { type Reply, reply, text } from './reply.ts';
import { withTurnLog } from './turn-log.ts';
import { planTurn, type TurnPlan } from './turn-plan.ts';

/** A chart of a reply rendered to a PNG, in block order. */
export interface ReplyChart {
  spec: ChartSpecInput;
  png: RenderedChart;
}

/** What the bot's turn needs, injected by the app: the core, a chart renderer, the running channels. */
export interface BotDeps {
  core: CoreDeps;
  /** Renders a reply's charts (the app passes the configured renderer). */
  renderCharts: (reply: Reply) => Promise<ReplyChart[]>;
  conversations: ConversationStore;
  /** The outgoing side of the running channels (posts, updates, private notices). */
  outlets: () => readonly Outlet[];
}

/** How a channel takes part in a turn. */
export interface TurnHooks {
  /** The plan the channel already made (it acknowledged by it); made here otherwise. */
  plan?: TurnPlan;
  /**
   * Called once the command committed, before its posts and charts: a channel that must answer
   * by a deadline learns the answer's visibility here.
   */
  onReply?: (reply: Reply) => void;
  /** Render the reply's charts as PNGs (Discord, the terminal); channels that address them otherwise leave it. */
  charts?: boolean;
}

/** A turn's result: the reply to show (posts' outcome added), its charts, what its posts became. */
export interface Outcome {
  reply: Reply;
  charts: ReplyChart[];
  posted: BroadcastResult;
  reposted: RepostResult;
  /** Sends the reply's private notices to other members (call it once the user has their answer); who was told. */
  notices(): Promise<string[]>;
  /**
   * A form sent back that failed on one of its fields: the same form again, as typed, the error
   * above the field (a channel shows it in place of the error, or offers to reopen it).
   */
  form?: FormRequest;
}

/** The bot as every channel sees it: one turn for any channel, and the lookups channels may make. */
export interface Bot {
  readonly core: CoreDeps;
  readonly conversations: ConversationStore;
  /** The plan of a turn, before running it (pure): `via` says whether a button or a form sent it. */
  plan(input: Invocation['input'], via?: Via): TurnPlan;
  /** The whole turn: fetch the file (outside the team's lock), dispatch, posts, charts. Never throws for the command's sake. */
  handle(inv: Invocation, hooks?: TurnHooks): Promise<Outcome>;
  /** The team's last committed state, without its write lock; undefined for a team not created yet. */
  read<R>(teamId: string, fn: (view: TeamView) => R): Promise<R | undefined>;
  /** The language to speak to a user in: theirs, else their team's; undefined for an unknown team. */
  localeOf(teamId: string, userId: string): Promise<Locale | undefined>;
  /** The "already saved" answer of a delivery seen before, if its receipt is kept. */
  earlierAnswer(q: {
    teamId: string;
    userId: string;
    key: string;
    locale?: Locale;
  }): Promise<Reply | undefined>;
  /** Posts a reply in the team's posts place (services: the weekly digest). */
  broadcast(teamId: string, reply: Reply): Promise<BroadcastResult>;
  /** Whether a running channel can tell this member something privately. */
  canNotify(memberId: string): boolean;
  /** Tells a member privately; false when no channel reaches them or it could not. Throws what the channel threw. */
  notify(teamId: string, memberId: string, notice: Reply): Promise<boolean>;
  renderCharts(reply: Reply): Promise<ReplyChart[]>;
  /** The answer to an error raised outside a command (a bad interaction, an expired form): logged with an id when unexpected. */
  failure(e: unknown, locale: Locale, context: Record<string, unknown>): Reply;
}

export function createBot(deps: BotDeps): Bot {
  const { core } = deps;
  const effects: EffectDeps = {
    outlets: deps.outlets,
    conversations: deps.conversations,
    logger: core.logger,
  };
  const read = async <R>(teamId: string, fn: (view: TeamView) => R): Promise<R | undefined> => {
    try {
      return await core.store.read(teamId, fn);
    } catch (e) {
      if (e instanceof TeamNotFoundError) return undefined;
      throw e;
    }
  };
  const bot: Bot = {
    core,
    conversations: deps.conversations,
    plan: (input, via) => planTurn(core.registry, input, via),
    async handle(inv, hooks = {}) {
      const plan = hooks.plan ?? planTurn(core.registry, inv.input);
      const ready = await prefetchFile(inv, plan, core.store);
      const dispatched = await dispatch(ready, core);
      hooks.onReply?.(dispatched);
      const { notify: _notify, ...own } = dispatched;
      const { reply: answer, posted, reposted } = await deliverPosts(effects, inv.teamId, own);
      const charts =
        hooks.charts && !answer.error && answer.blocks.some((b) => b.type === 'chart')
          ? await deps.renderCharts(answer)
          : [];
      const again =
        plan.via === 'form' && plan.target ? formAgain(answer, plan.target, plan.target.raw) : undefined;
      return {
        reply: answer,
        charts,
        posted,
        reposted,
        notices: () => deliverNotices(effects, inv.teamId, dispatched),
        ...(again && { form: again }),
      };
    },
    read,
    localeOf: (teamId, userId) =>
      read(teamId, (view) => view.members.get(userId)?.locale ?? view.team.settings.locale).catch(
        () => undefined,
      ),
    earlierAnswer: (q) => earlierAnswer(core.store, { ...q, now: core.clock() }),
    broadcast: (teamId, r) => deliverBroadcast(effects, teamId, r),
    canNotify: (memberId) => canNotify(effects, memberId),
    notify: (teamId, memberId, notice) => notifyMember(effects, teamId, memberId, notice),
    renderCharts: deps.renderCharts,
    failure(e, locale, context) {
      const t = createTranslator(locale);
      if (isUserError(e)) return errorReply(t, e);
      const errorId = randomBytes(4).toString('hex');
      core.logger.error('interaction failed', {
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
    },
  };
  return withTurnLog(bot);
}
