import { randomBytes } from 'node:crypto';
import type { Member, Team } from '../domain/entities.ts';
import { type Locale, ROLES, type Role } from '../domain/ids.ts';
import { asUserError } from '../guard/expected-failure.ts';
import { checkCommandSize } from '../guard/input-size.ts';
import { createFormatter, createTranslator, hasMessage, type Translator } from '../i18n/index.ts';
import { lastEntryAskedFor } from '../intent/last-entry.ts';
import { isPlainMessage, notACommandReply } from '../intent/not-a-command.ts';
import { once } from '../once/index.ts';
import type { Store, TeamView } from '../store/types.ts';
import { coerceArgs } from './coerce.ts';
import type { Action, ChannelId, CommandContext, Registry } from './command.ts';
import { isUserError, suggestionFor, UserError } from './errors.ts';
import { parseCommandText } from './grammar.ts';
import { localizeReplyCommands } from './localize-command.ts';
import { loggableInput } from './loggable-input.ts';
import type { Logger } from './logger.ts';
import { type Reply, reply, text } from './reply.ts';
import { findAction, findCommand, type Resolved, resolveText } from './resolve.ts';
import { failedOrDone, rollBackFailed } from './roll-back.ts';
import { todayIn } from './values/period.ts';

/** What the core needs, passed in by whoever starts it (channels, CLI, tests, benchmarks). */
export interface CoreDeps {
  store: Store;
  registry: Registry;
  logger: Logger;
  clock: () => Date;
  /** Runs after a command's handler, in its transaction: may add to the answer (due follow-up reminders). */
  afterCommand?: (ctx: CommandContext, answer: Reply) => Reply;
}

/** One command as a channel received it: typed text, or already-structured options. */
export interface Invocation {
  channel: ChannelId;
  teamId: string;
  /** Name given to the team if this is its first command. */
  teamName: string;
  user: {
    /** Unique across channels: `discord:1234`, `cli:alice`. */
    id: string;
    displayName: string;
    /** A role the channel vouches for (server admin, the terminal's owner): never lowers the stored role. */
    roleHint?: Role;
    /** The platform groups the user belongs to (`discord:<role id>`), matched against the team's manager groups. */
    groups?: readonly string[];
  };
  /** The user's interface language, when the channel knows it. */
  locale?: Locale;
  input:
    | { kind: 'text'; text: string }
    | { kind: 'structured'; command: string; subcommand?: string; args: Record<string, unknown> };
  resolveFile?: (ref: string) => Promise<{ name: string; bytes: Uint8Array }>;
  /**
   * What makes this delivery unique on its channel (a form instance, a Discord interaction id, a
   * Teams activity id, a web chat client activity id): a second delivery with the same key saves
   * nothing and answers with the first answer's reference.
   */
  idempotencyKey?: string;
  /** Where the command was typed, for commands that remember a place to post (`/channel set`); opaque to the core. */
  conversation?: { id: string; reference: Record<string, unknown> };
}

const rank = (r: Role): number => ROLES.indexOf(r);

function resolveInput(inv: Invocation, registry: Registry): Resolved {
  if (inv.input.kind === 'text') return resolveText(registry, parseCommandText(inv.input.text));
  const command = findCommand(registry, inv.input.command);
  return { command, action: findAction(command, inv.input.subcommand), raw: inv.input.args };
}

/**
 * The role `inv`'s user has in the team as a command sees it: the stored one, raised (never
 * lowered) by the channel's hint and the team's manager groups; the team's first member administers it.
 */
export function roleIn(inv: Invocation, view: Pick<TeamView, 'members' | 'team'>): Role {
  const existing = view.members.get(inv.user.id);
  const managerGroups = new Set(view.team.settings.managerGroups ?? []);
  const inManagerGroup = (inv.user.groups ?? []).some((g) => managerGroups.has(g));
  const hinted = inv.user.roleHint ?? 'rep';
  const hint = inManagerGroup && rank(hinted) < rank('manager') ? 'manager' : hinted;
  if (existing) return rank(hint) > rank(existing.role) ? hint : existing.role;
  // The first person to use Prospecta in a team sets it up: they administer it.
  return view.members.size === 0 ? 'admin' : hint;
}

/** Whether `role` may run `action`. */
export const mayRun = (role: Role, action: Pick<Action, 'permission'>): boolean =>
  rank(role) >= rank(action.permission);

function ensureMember(ctx: { inv: Invocation; now: Date; tx: CommandContext['tx'] }): Member {
  const existing = ctx.tx.members.get(ctx.inv.user.id);
  const role = roleIn(ctx.inv, ctx.tx);
  if (existing) return role === existing.role ? existing : { ...existing, role };
  const member: Member = {
    id: ctx.inv.user.id,
    displayName: ctx.inv.user.displayName,
    role,
    joinedAt: ctx.now.toISOString(),
  };
  ctx.tx.members.put(member);
  return member;
}

/** The localized sentence for an expected failure, with its "did you mean" hint. */
export function userErrorMessage(t: Translator, e: UserError): string {
  const key = `errors.${e.code}`;
  const base = hasMessage(key) ? t(key, e.params) : t('errors.unknown_error_code', { code: e.code });
  const suggestion = suggestionFor(t.locale, e);
  return suggestion ? `${base} ${t('errors.did_you_mean', { suggestion })}` : base;
}

export function errorReply(t: Translator, e: UserError): Reply {
  const message = userErrorMessage(t, e);
  return reply({
    tone: 'error',
    visibility: 'private',
    locale: t.locale,
    blocks: [text(message)],
    error: { code: e.code, message, ...(e.field ? { field: e.field } : {}) },
  });
}

function newTeam(inv: Invocation, now: Date): Team {
  return {
    id: inv.teamId,
    name: inv.teamName,
    settings: { locale: inv.locale ?? 'fr', timeZone: 'Europe/Paris', currency: 'EUR' },
    createdAt: now.toISOString(),
  };
}

async function run(
  inv: Invocation,
  action: Action,
  raw: Record<string, unknown>,
  deps: CoreDeps,
): Promise<Reply> {
  const now = deps.clock();
  const answer = await rollBackFailed(() =>
    deps.store.transact(
      inv.teamId,
      async (tx) => {
        const member = ensureMember({ inv, now, tx });
        const team = tx.team;
        const locale = inv.locale ?? member.locale ?? team.settings.locale;
        const t = createTranslator(locale);
        const today = todayIn(team.settings.timeZone, now);
        const ctx: CommandContext = {
          channel: inv.channel,
          team,
          tx,
          member,
          locale,
          t,
          fmt: createFormatter(locale, team.settings.currency, team.settings.timeZone),
          now,
          today,
          logger: deps.logger,
          registry: deps.registry,
          dataDir: deps.store.dir,
          ...(inv.conversation && { conversation: inv.conversation }),
        };
        const delivery = { userId: member.id, key: inv.idempotencyKey, now };
        const answer = await once(tx, t, delivery, async () => {
          // Before the options: a file is not fetched (nor an upload asked for) for someone who may not run this.
          if (!mayRun(member.role, action)) {
            throw new UserError('forbidden', { role: t(`role.${action.permission}`) });
          }
          const args = await coerceArgs(action, raw, {
            today,
            locale,
            ...(inv.resolveFile ? { resolveFile: inv.resolveFile } : {}),
          });
          return action.handler(args as never, ctx);
        });
        // Outside `once`: what the hook adds is not the command's own write, and a repeat gets it too.
        const full = { ...(deps.afterCommand ? deps.afterCommand(ctx, answer) : answer), locale };
        // Follow-ups are written in English canonical form: shown in the user's words.
        return failedOrDone(localizeReplyCommands(deps.registry, full, locale));
      },
      { init: () => newTeam(inv, now) },
    ),
  );
  return finished(answer);
}

/** The answer with its heavy part, made now that the command committed (see `Reply.finish`). */
async function finished(answer: Reply): Promise<Reply> {
  const { finish, ...rest } = answer;
  if (!finish) return answer;
  const part = await finish();
  return {
    ...rest,
    ...(part.title !== undefined && { title: part.title }),
    blocks: [...part.blocks, ...rest.blocks],
    ...(part.files && { files: part.files }),
    ...(part.data && { data: { ...rest.data, ...part.data } }),
  };
}

/**
 * The one entry point of the core: parse → validate → authorize → run → Reply. Expected failures
 * become localized error replies; unexpected ones are logged with an id and answered generically.
 * When a command fails, nothing it staged is written.
 */
export async function dispatch(inv: Invocation, deps: CoreDeps): Promise<Reply> {
  const fallback = createTranslator(inv.locale ?? 'fr');
  try {
    checkCommandSize(inv.input);
    const { action, raw } = resolveInput(inv, deps.registry);
    return await run(inv, action, raw, deps);
  } catch (caught) {
    const e = asUserError(caught) ?? caught;
    if (isUserError(e)) {
      const t = await localeOf(inv, deps, fallback);
      const typed = inv.input.kind === 'text' ? inv.input.text : undefined;
      if (typed !== undefined && isPlainMessage(typed, e)) {
        const q = { teamId: inv.teamId, userId: inv.user.id, typed, locale: t.locale };
        return notACommandReply(t, typed, e, await lastEntryAskedFor(deps.store, q));
      }
      return errorReply(t, e);
    }
    const errorId = randomBytes(4).toString('hex');
    deps.logger.error('command failed', {
      errorId,
      channel: inv.channel,
      teamId: inv.teamId,
      userId: inv.user.id,
      ...loggableInput(inv, deps.registry),
      error: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
    const message = fallback('errors.internal', { errorId });
    return reply({
      tone: 'error',
      locale: fallback.locale,
      blocks: [text(message)],
      error: { code: 'internal', message, errorId },
    });
  }
}

/** The language to answer an error in: the user's, else the team's, else French. */
async function localeOf(inv: Invocation, deps: CoreDeps, fallback: Translator): Promise<Translator> {
  if (inv.locale) return fallback;
  try {
    const locale = await deps.store.read(
      inv.teamId,
      (tx) => tx.members.get(inv.user.id)?.locale ?? tx.team.settings.locale,
    );
    return createTranslator(locale);
  } catch {
    return fallback;
  }
}
