import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import type { Action, Command, Registry } from '../../core/command.ts';
import { type DescribedOption, describeOptions } from '../../core/options.ts';
import { clip, LIMITS } from './limits.ts';

/** Discord's "Manage Server" permission bit: manager-only commands are hidden from others by default. */
export const MANAGE_GUILD = 1n << 5n;
export const ADMINISTRATOR = 1n << 3n;

const FORM_HINT = { fr: ' — « … » : formulaire', en: ' — "…": form' } as const;

const name = (s: string): string => s.toLowerCase().replace(/\s+/g, '_').slice(0, 32);

function localizedName(x: { name: string; frName?: string }) {
  return {
    name: name(x.name),
    ...(x.frName && name(x.frName) !== name(x.name) && { name_localizations: { fr: name(x.frName) } }),
  };
}

function localizedDescription(d: { fr: string; en: string }, suffix?: { fr: string; en: string }) {
  const within = (s: string, extra = '') => clip(s, LIMITS.description - extra.length) + extra;
  return {
    description: within(d.en, suffix?.en),
    description_localizations: { fr: within(d.fr, suffix?.fr) },
  };
}

/** The zod schema inside an optional wrapper: where `.max()` and `.min()` bounds are read. */
function inner(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? inner(schema.unwrap() as z.ZodType) : schema;
}

function bounds(action: Action, o: DescribedOption) {
  const s = inner(action.options.shape[o.name] as z.ZodType);
  if (s instanceof z.ZodString) {
    const max = Math.min(s.maxLength ?? LIMITS.stringOption, LIMITS.stringOption);
    return { ...(s.minLength && { min_length: s.minLength }), max_length: max };
  }
  if (s instanceof z.ZodNumber) {
    return {
      ...(o.min !== undefined && { min_value: o.min }),
      ...(o.max !== undefined && { max_value: o.max }),
    };
  }
  return {};
}

function optionJson(action: Action, o: DescribedOption): APIApplicationCommandBasicOption {
  const longText = o.kind === 'long_text';
  const base = {
    ...localizedName(o),
    ...localizedDescription(o.description, longText ? FORM_HINT : undefined),
    // A long text may be left out on purpose: the channel then asks for it in a form.
    required: o.required && !longText,
  };
  switch (o.kind) {
    case 'integer':
      return { ...base, type: ApplicationCommandOptionType.Integer, ...bounds(action, o) };
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case 'file':
      return { ...base, type: ApplicationCommandOptionType.Attachment };
    case 'choice': {
      const choices = (o.choices ?? []).slice(0, LIMITS.choices).map((id) => ({
        name: clip(o.choiceLabels?.en[id] ?? id, LIMITS.choiceName),
        ...(o.choiceLabels?.fr[id] && {
          name_localizations: { fr: clip(o.choiceLabels.fr[id], LIMITS.choiceName) },
        }),
        value: id,
      }));
      return { ...base, type: ApplicationCommandOptionType.String, choices };
    }
    default:
      // Dates, periods, amounts, decimals and durations are typed as words (`hier`, `1 234,50`, `12,5`,
      // `1h30`) and read by the core: Discord's number option refuses a decimal comma.
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        ...(o.autocomplete && { autocomplete: true }),
        ...(o.kind === 'text' || o.kind === 'long_text' ? bounds(action, o) : {}),
      };
  }
}

/** Discord lists required options first; the rest keep the command's order. */
function optionsJson(action: Action): APIApplicationCommandBasicOption[] {
  const all = describeOptions(action.options).map((o) => optionJson(action, o));
  return [...all.filter((o) => o.required), ...all.filter((o) => !o.required)].slice(0, LIMITS.options);
}

const managerOnly = (c: Command): boolean =>
  (c.action ? [c.action] : c.subcommands).every((a) => a.permission !== 'rep');

/**
 * Where the commands are registered. `contexts` and `integration_types` only apply to global
 * commands (a guild command lives in its guild, so never in the bot's DMs); `dm_permission` is
 * deprecated in favour of `contexts` and never sent.
 */
export type DeployScope = 'global' | 'guild';

/** One registry command as Discord application command JSON (English default, French localized). */
export function commandToDiscord(
  c: Command,
  scope: DeployScope,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const options: APIApplicationCommandOption[] = c.action
    ? optionsJson(c.action)
    : c.subcommands.map((s) => ({
        type: ApplicationCommandOptionType.Subcommand,
        ...localizedName(s),
        ...localizedDescription(s.description),
        options: optionsJson(s),
      }));
  return {
    type: 1,
    ...localizedName(c),
    ...localizedDescription(c.description),
    options,
    default_member_permissions: managerOnly(c) ? String(MANAGE_GUILD) : null,
    ...(scope === 'global' && {
      integration_types: [ApplicationIntegrationType.GuildInstall],
      contexts: c.dmAllowed
        ? [InteractionContextType.Guild, InteractionContextType.BotDM]
        : [InteractionContextType.Guild],
    }),
  };
}

/** The application commands to register, derived from the registry (the single source). */
export function commandsToDiscord(
  registry: Registry,
  scope: DeployScope,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return registry.commands.slice(0, LIMITS.commands).map((c) => commandToDiscord(c, scope));
}
