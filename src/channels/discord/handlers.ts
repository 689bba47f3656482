import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  ModalSubmitInteraction,
} from 'discord.js';
import { autocomplete } from '../../core/autocomplete.ts';
import type { Action, Command } from '../../core/command.ts';
import type { Invocation } from '../../core/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import type { FormRequest } from '../../core/form-plan.ts';
import { describeOptions } from '../../core/options.ts';
import type { Bot } from '../../core/turn.ts';
import type { Locale } from '../../domain/ids.ts';
import { type Answerable, runAndAnswer, send } from './answer.ts';
import { type AttachmentRef, attachmentResolver } from './attachments.ts';
import { FIX_PREFIX, fixFormButton } from './form-retry.ts';
import { modalFields, modalFor, modalValues, type PendingForms } from './forms.ts';
import {
  type InteractionData,
  interactionToInvocation,
  invocationBase,
  localeOf,
  teamIdOf,
} from './interaction-data.ts';
import { LIMITS } from './limits.ts';
import { LONG_BUTTON_PREFIX, type LongButtons } from './long-buttons.ts';
import { replyToDiscord } from './reply-embeds.ts';
import { roleMentionsToGroups } from './role-mentions.ts';

export interface HandlerDeps {
  bot: Bot;
  forms: PendingForms;
  /** Follow-up commands too long for a button's custom id; without it such buttons are left out. */
  buttons?: LongButtons;
  /** Autocomplete gives up (empty list) after this long: Discord drops answers after 3 s. */
  autocompleteMs?: number;
}

/** Role ids of a guild member, whether discord.js cached it (GuildMember) or not (raw API member). */
function rolesOf(m: Answerable['member'] | AutocompleteInteraction['member']): string[] {
  if (!m) return [];
  const roles = (m as { roles: unknown }).roles;
  if (Array.isArray(roles)) return roles.filter((r): r is string => typeof r === 'string');
  const cache = (roles as { cache?: Map<string, unknown> } | undefined)?.cache;
  return cache ? [...cache.keys()] : [];
}

/** The converter's view of a discord.js interaction. */
export function dataOf(i: Answerable | AutocompleteInteraction): InteractionData {
  const m = i.member;
  const nick = m ? ('nickname' in m ? m.nickname : m.nick) : null;
  const withOptions = i.isChatInputCommand() || i.isAutocomplete();
  return {
    guildId: i.guildId,
    guildName: i.guild?.name,
    user: { id: i.user.id, username: i.user.username, globalName: i.user.globalName },
    nick,
    permissions: i.memberPermissions?.bitfield.toString() ?? null,
    roles: rolesOf(i.member),
    locale: i.locale,
    channelId: i.channelId,
    commandName: withOptions ? i.commandName : '',
    options: withOptions ? i.options.data : [],
  };
}

const actionOf = (c: Command | undefined, subcommand: string | undefined): Action | undefined =>
  c?.action ?? c?.subcommands.find((s) => s.name === subcommand);

const displayCommand = (c: Command, locale: 'fr' | 'en'): string =>
  locale === 'fr' ? (c.frName ?? c.name) : c.name;

/**
 * Opens the form the core asked for as a modal (its first fields, five at most); false when a
 * modal cannot ask what is missing (the command then runs and says so).
 */
async function showForm(
  i: ChatInputCommandInteraction | ButtonInteraction,
  deps: HandlerDeps,
  form: FormRequest,
): Promise<boolean> {
  const fields = modalFields(form);
  if (!fields) return false;
  const d = dataOf(i);
  const key = deps.forms.add({
    userId: i.user.id,
    guildId: i.guildId,
    command: form.command.name,
    subcommand: form.command.action ? undefined : form.action.name,
    args: { ...form.values },
    fields,
  });
  const locale = localeOf(d.locale) ?? 'fr';
  const fill = { today: deps.bot.core.clock().toISOString().slice(0, 10) };
  await i.showModal(
    modalFor(form.action, fields, displayCommand(form.command, locale), key, locale, fill) as never,
  );
  return true;
}

async function onCommand(i: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const { registry } = deps.bot.core;
  const d = dataOf(i);
  const typed = interactionToInvocation(d, (name) => registry.find(name)?.dmAllowed ?? false);
  if (typed.input.kind !== 'structured') return;
  const command = registry.find(typed.input.command);
  const action = actionOf(command, typed.input.subcommand);
  const inv = { ...typed, input: roleMentionsToGroups(typed.input, action) };
  const plan = deps.bot.plan(inv.input, 'typed');
  if (plan.form && (await showForm(i, deps, plan.form))) return;
  const attachments = new Map<string, AttachmentRef>();
  for (const [id, a] of i.options.resolved?.attachments ?? []) {
    attachments.set(id, { id, name: a.name, url: a.url, size: a.size });
  }
  const inv2 = {
    ...inv,
    resolveFile: attachmentResolver(attachments),
    idempotencyKey: `discord:interaction:${i.id}`,
  };
  await runAndAnswer(i, inv2, { plan, ...buttonIdOf(deps) }, deps.bot);
}

async function onAutocomplete(i: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const d = dataOf(i);
  const focused = i.options.getFocused(true);
  const action = actionOf(
    deps.bot.core.registry.find(d.commandName),
    i.options.getSubcommand(false) ?? undefined,
  );
  const source = action && describeOptions(action.options).find((o) => o.name === focused.name)?.autocomplete;
  if (!d.guildId || !source) return void (await i.respond([]));
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<[]>((resolve) => {
    timer = setTimeout(() => resolve([]), deps.autocompleteMs ?? 2000);
  });
  // A read of the last committed state: no wait for a command holding the team, and a team or
  // member that does not exist yet is not created by typing.
  const lookup = deps.bot
    .read(teamIdOf(d.guildId), (view) => autocomplete(view, source, String(focused.value), LIMITS.choices))
    .then((choices) => choices ?? []);
  const choices = await Promise.race([lookup, late]).finally(() => clearTimeout(timer));
  await i.respond(choices);
}

/** The invocation for `input` from whoever clicked or submitted (same team and user rules as a command). */
function invocationFor(
  i: Answerable,
  deps: HandlerDeps,
  command: string,
  input: Invocation['input'],
): Invocation {
  const { registry } = deps.bot.core;
  const d = { ...dataOf(i), commandName: command, options: [] };
  return { ...interactionToInvocation(d, (name) => registry.find(name)?.dmAllowed ?? false), input };
}

const buttonIdOf = (deps: HandlerDeps) =>
  deps.buttons ? { buttonId: (command: string) => deps.buttons?.buttonId(command) } : {};

async function onButton(i: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  if (i.customId.startsWith(FIX_PREFIX)) return onFixButton(i, deps);
  const long = i.customId.startsWith(LONG_BUTTON_PREFIX);
  if (!long && !i.customId.startsWith('run:')) return;
  const commandText = long ? deps.buttons?.command(i.customId) : i.customId.slice('run:'.length);
  if (commandText === undefined) throw new UserError('discord_button_expired');
  const input = { kind: 'text', text: commandText } as const;
  const plan = deps.bot.plan(input, 'button');
  if (plan.form && (await showForm(i, deps, plan.form))) return;
  const inv = {
    ...invocationFor(i, deps, plan.target?.command.name ?? '', input),
    // Each click is a new interaction: the button itself (its message, its command) is the delivery.
    idempotencyKey: `discord:button:${i.message.id}:${i.customId}`,
  };
  await runAndAnswer(i, inv, { plan, ...buttonIdOf(deps) }, deps.bot);
}

async function onModal(i: ModalSubmitInteraction, deps: HandlerDeps): Promise<void> {
  if (!i.customId.startsWith('form:')) return;
  const formKey = i.customId.slice('form:'.length);
  const idempotencyKey = `discord:form:${formKey}`;
  const form = deps.forms.get(formKey);
  if (!form) {
    // Pending forms live in memory; the receipt of one already saved outlives a restart.
    const earlier = i.guildId && (await earlierOf(i, deps, idempotencyKey));
    if (earlier) return void (await send(i, replyToDiscord(earlier), true));
    throw new UserError('discord_form_expired');
  }
  if (form.userId !== i.user.id || form.guildId !== i.guildId) throw new UserError('discord_form_not_yours');
  const submitted = [...i.fields.fields.values()].map((c) => ({
    customId: c.customId,
    value: 'value' in c && typeof c.value === 'string' ? c.value : null,
    values: 'values' in c ? (c.values as readonly string[]) : null,
  }));
  const args = { ...form.args, ...modalValues(submitted) };
  const inv = {
    ...invocationFor(i, deps, form.command, {
      kind: 'structured',
      command: form.command,
      ...(form.subcommand && { subcommand: form.subcommand }),
      args,
    }),
    idempotencyKey,
  };
  // Discord cannot answer a modal with a modal: a form the core sends back comes as a button that reopens it.
  const onForm = (again: FormRequest, locale: Locale) =>
    fixFormButton(deps.forms, form, modalValues(submitted), again, locale);
  await runAndAnswer(
    i,
    inv,
    { plan: deps.bot.plan(inv.input, 'form'), onForm, ...buttonIdOf(deps) },
    deps.bot,
  );
}

/** The button under an error that reopens the form, filled with what was typed. */
async function onFixButton(i: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const key = i.customId.slice(FIX_PREFIX.length);
  const form = deps.forms.get(key);
  if (!form) throw new UserError('discord_form_expired');
  if (form.userId !== i.user.id || form.guildId !== i.guildId) throw new UserError('discord_form_not_yours');
  const command = deps.bot.core.registry.find(form.command);
  const action = actionOf(command, form.subcommand);
  if (!command || !action) throw new UserError('discord_form_expired');
  const locale = localeOf(i.locale) ?? 'fr';
  const fill = { values: form.values, today: deps.bot.core.clock().toISOString().slice(0, 10) };
  await i.showModal(
    modalFor(action, form.fields, displayCommand(command, locale), key, locale, fill) as never,
  );
}

/** The "already saved" answer of a form submitted before, if its receipt is kept. */
function earlierOf(i: ModalSubmitInteraction, deps: HandlerDeps, key: string) {
  const { teamId, user, locale } = invocationBase(dataOf(i));
  return deps.bot.earlierAnswer({ teamId, userId: user.id, key, ...(locale && { locale }) });
}

/** Handles one interaction; whatever goes wrong is answered to that user only and never thrown. */
export async function handleInteraction(i: Interaction, deps: HandlerDeps): Promise<void> {
  try {
    if (i.isAutocomplete()) await onAutocomplete(i, deps);
    else if (i.isChatInputCommand()) await onCommand(i, deps);
    else if (i.isButton()) await onButton(i, deps);
    else if (i.isModalSubmit()) await onModal(i, deps);
  } catch (e) {
    const context = { interactionId: i.id, guildId: i.guildId, userId: i.user.id, type: i.type };
    try {
      if (i.isAutocomplete()) {
        deps.bot.core.logger.warn('discord autocomplete failed', { ...context, error: String(e) });
        if (!i.responded) await i.respond([]);
        return;
      }
      if (!i.isRepliable()) return;
      const r = deps.bot.failure(e, localeOf(i.locale) ?? 'fr', { channel: 'discord', ...context });
      await send(i as Answerable, replyToDiscord(r), true);
    } catch (e2) {
      deps.bot.core.logger.error('discord answer failed', { ...context, error: String(e2) });
    }
  }
}
