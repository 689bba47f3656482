import type { Command, Registry } from '../core/command.ts';
import type { Locale } from '../domain/ids.ts';
import type { Translator } from '../i18n/index.ts';
import { displayName } from './usage.ts';

/** `/help` groups commands by what people want to do, in this order; each group names its commands. */
export const HELP_GROUPS = [
  { key: 'help.group_enter', commands: ['log', 'activity', 'prospect', 'follow-ups', 'import'] },
  {
    key: 'help.group_analyse',
    commands: ['funnel', 'dashboard', 'profitability', 'method', 'calc', 'export', 'report'],
  },
  { key: 'help.group_watch', commands: ['watch', 'competitor'] },
  { key: 'help.group_portfolio', commands: ['portfolio', 'customer'] },
  // Preparing and running an operation: the company, its target personas, the rep's network.
  { key: 'help.group_operations', commands: ['campaign', 'plan', 'company', 'persona', 'network'] },
  { key: 'help.group_settings', commands: ['settings', 'gdpr', 'audit', 'channel', 'help'] },
] as const;

export interface HelpGroup {
  title: string;
  commands: Command[];
}

/** The registry's commands in their task groups; a command no group names goes to the last one. */
export function helpGroups(registry: Registry, t: Translator): HelpGroup[] {
  const named = new Set<string>(HELP_GROUPS.flatMap((g) => g.commands));
  const rest = registry.commands.filter((c) => !named.has(c.name));
  return HELP_GROUPS.map((g, i) => ({
    title: t(g.key),
    commands: [
      ...g.commands.flatMap((name) => registry.commands.filter((c) => c.name === name)),
      ...(i === HELP_GROUPS.length - 1 ? rest : []),
    ],
  }));
}

/** One line per command: `/entonnoir — Entonnoir de prospection et ratios, avec graphique`. */
export const helpLine = (c: Command, locale: Locale, t: Translator): string =>
  t('help.line', { command: `/${displayName(c, locale)}`, what: c.description[locale] });
