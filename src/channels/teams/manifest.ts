import type { Registry } from '../../core/command.ts';
import type { Locale } from '../../domain/ids.ts';
import { displayName } from '../../help/usage.ts';
import { INFO_PATHS } from './info-pages.ts';

export const MANIFEST_SCHEMA =
  'https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.schema.json';
export const LOCALIZATION_SCHEMA =
  'https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.Localization.schema.json';
/** Teams lists at most 12 commands per command list. */
const MAX_COMMANDS = 12;

export interface ManifestInput {
  /** The bot's Microsoft app id (a GUID), also used as the Teams app id. */
  appId: string;
  /** The app version, semver (package.json's). */
  version: string;
  /** The bot's public https origin: developer pages and the valid domain. */
  publicBaseUrl: string;
}

const NAME = { short: 'Prospecta', full: 'Prospecta — prospecting funnel and ratios' };
const TEXT: Record<Locale, { short: string; full: string; nameFull: string }> = {
  en: {
    nameFull: NAME.full,
    short: 'Log prospecting results, get the funnel and every ratio with a chart.',
    full: 'Prospecta is the field sales team’s assistant: log calls, visits, appointments, proposals and signatures as they happen (typed commands or forms), import spreadsheets, and get the prospecting funnel and every ratio with its fraction and a chart, for the team or one rep. French and English.',
  },
  fr: {
    nameFull: 'Prospecta — entonnoir et ratios de prospection',
    short: 'Saisissez vos actions de prospection, obtenez l’entonnoir et les ratios.',
    full: 'Prospecta est l’assistant des équipes commerciales terrain : saisissez au fil de l’eau appels, visites, RDV, devis et signatures (commandes ou formulaires), importez vos fichiers Excel, et obtenez l’entonnoir de prospection et tous ses ratios avec leur fraction et un graphique, pour l’équipe ou un commercial. Français et anglais.',
  },
};

/** The bot's command list in one language: the registry's commands, as Teams suggests them. */
function commandList(registry: Registry, locale: Locale): { title: string; description: string }[] {
  return listed(registry).map((c) => ({ title: displayName(c, locale), description: c.description[locale] }));
}

/** The commands Teams suggests: the registry's first ones, and always /help, within Teams' limit. */
function listed(registry: Registry): Registry['commands'] {
  const all = registry.commands;
  if (all.length <= MAX_COMMANDS) return all;
  const help = all.filter((c) => c.name === 'help');
  return [...all.filter((c) => c.name !== 'help').slice(0, MAX_COMMANDS - help.length), ...help];
}

/**
 * The Teams app manifest (v1.29) and its French localization file: a bot in personal chats,
 * team channels and group chats, its command list from the registry (English in the manifest,
 * French in `fr.json`).
 */
export function buildManifest(registry: Registry, input: ManifestInput) {
  const base = input.publicBaseUrl.replace(/\/+$/, '');
  const en = commandList(registry, 'en');
  const manifest = {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: '1.29',
    version: input.version,
    id: input.appId,
    developer: {
      name: 'Prospecta',
      // Pages the bot serves itself (see info-pages.ts), in French and English.
      websiteUrl: `${base}${INFO_PATHS.about}`,
      privacyUrl: `${base}${INFO_PATHS.privacy}`,
      termsOfUseUrl: `${base}${INFO_PATHS.terms}`,
    },
    name: NAME,
    description: { short: TEXT.en.short, full: TEXT.en.full },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#1F3A5F',
    bots: [
      {
        botId: input.appId,
        scopes: ['personal', 'team', 'groupChat'],
        // Files (a dossier, an export) reach the user through the file consent flow of personal chats.
        supportsFiles: true,
        isNotificationOnly: false,
        commandLists: [{ scopes: ['personal', 'team', 'groupChat'], commands: en }],
      },
    ],
    validDomains: [new URL(base).host],
    localizationInfo: {
      defaultLanguageTag: 'en-us',
      additionalLanguages: [{ languageTag: 'fr', file: 'fr.json' }],
    },
  };
  const fr: Record<string, string> = {
    $schema: LOCALIZATION_SCHEMA,
    'name.short': NAME.short,
    'name.full': TEXT.fr.nameFull,
    'description.short': TEXT.fr.short,
    'description.full': TEXT.fr.full,
  };
  commandList(registry, 'fr').forEach((c, i) => {
    fr[`bots[0].commandLists[0].commands[${i}].title`] = c.title;
    fr[`bots[0].commandLists[0].commands[${i}].description`] = c.description;
  });
  return { manifest, fr, omitted: registry.commands.length - listed(registry).length };
}
