import { LOCALES, type Locale } from '../domain/ids.ts';

const USAGE: Record<Locale, string> = {
  fr: `Prospecta — l’assistant des équipes commerciales terrain

Utilisation :
  prospecta start                 démarre les canaux configurés : le chat web local sur http://127.0.0.1:3978,
                                  Teams avec les identifiants d’application Microsoft, Discord avec un jeton de bot
  prospecta chat                  chat interactif dans le terminal
  prospecta run "<commande>"      exécute une commande tapée comme dans le chat, par ex. prospecta run "/entonnoir cette-semaine"
  prospecta demo                  crée l’équipe de démonstration « demo » (commerciaux, prospects, trois mois d’activité)
                                  et, au clavier, ouvre son chat
  prospecta docs [--check]        écrit (ou vérifie) la référence des commandes, docs/commands.md
  prospecta store migrate         crée ou met à jour le schéma de la base PostgreSQL (DATABASE_URL)
  prospecta store copy --from A --to B [--force]
                                  copie toutes les équipes d’un dossier de données ou d’une base postgres://… vers l’autre

Options :
  --data DOSSIER  dossier des données (env PROSPECTA_DATA_DIR, par défaut ./data) ; les équipes vont dans PostgreSQL
                  quand DATABASE_URL (ou PROSPECTA_STORE=postgres) est défini
  --team T        équipe (env PROSPECTA_TEAM, par défaut « local »)
  --user U        qui vous êtes dans l’équipe (env PROSPECTA_USER, par défaut votre identifiant) ; le terminal agit en administrateur
  --locale fr|en  langue des réponses et de cette aide (env PROSPECTA_LOCALE ; par défaut celle de l’équipe)
  --json          run : affiche un objet JSON {ok, command, text, data, charts, error}
  --out DOSSIER   où écrire les graphiques PNG (par défaut <data>/charts)
Codes de sortie : 0 ok, 2 saisie incorrecte (rien n’est enregistré), 3 équipe occupée par un autre processus
(rien n’est enregistré, réessayez), 1 erreur interne ou de la machine (disque plein, dossier en lecture seule).`,
  en: `Prospecta — the field sales team's assistant

Usage:
  prospecta start                 start the configured channels: the local web chat at http://127.0.0.1:3978,
                                  Teams with Microsoft app credentials, Discord with a bot token
  prospecta chat                  interactive terminal chat
  prospecta run "<command>"       run one command as typed in chat, e.g. prospecta run "/funnel this-week"
  prospecta demo                  create the demo team "demo" (reps, prospects, three months of activity)
                                  and, at a keyboard, open its chat
  prospecta docs [--check]        write (or check) the command reference, docs/commands.md
  prospecta store migrate         create or upgrade the PostgreSQL database schema (DATABASE_URL)
  prospecta store copy --from A --to B [--force]
                                  copy every team from a data folder or a postgres://… database to the other

Options:
  --data DIR      data folder (env PROSPECTA_DATA_DIR, default ./data); teams go to PostgreSQL when
                  DATABASE_URL (or PROSPECTA_STORE=postgres) is set
  --team T        team (env PROSPECTA_TEAM, default "local")
  --user U        who you are in the team (env PROSPECTA_USER, default your login); the terminal acts as admin
  --locale fr|en  language of the answers and of this help (env PROSPECTA_LOCALE; default: the team's)
  --json          run: print one JSON object {ok, command, text, data, charts, error}
  --out DIR       where chart PNGs are written (default <data>/charts)
Exit codes: 0 ok, 2 bad input (nothing written), 3 team busy in another process (nothing written,
try again), 1 internal error or the machine's (disk full, read-only folder).`,
};

const NEEDS_COMMAND: Record<Locale, string> = {
  fr: 'prospecta run attend une commande, par ex. prospecta run "/entonnoir cette-semaine"',
  en: 'prospecta run needs a command, e.g. prospecta run "/funnel this-week"',
};

const UNKNOWN: Record<Locale, (sub: string) => string> = {
  fr: (sub) => `Commande « ${sub} » inconnue.`,
  en: (sub) => `Unknown command "${sub}".`,
};

/** The language of the command line's own texts: --locale, else PROSPECTA_LOCALE, else French. */
export function cliLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  for (const v of [flag, env.PROSPECTA_LOCALE]) if (LOCALES.includes(v as Locale)) return v as Locale;
  return 'fr';
}

export const usage = (locale: Locale): string => USAGE[locale];
export const runNeedsCommand = (locale: Locale): string => NEEDS_COMMAND[locale];
export const unknownCliCommand = (locale: Locale, sub: string): string =>
  `${UNKNOWN[locale](sub)}\n\n${USAGE[locale]}`;
