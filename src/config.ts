import path from 'node:path';
import { z } from 'zod';
import { type ShardPlan, shardEnv, shardPlan } from './channels/discord/shards.ts';
import { appIdProblem, publicBaseUrlProblem } from './public-address.ts';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const Env = z.object({
  PROSPECTA_DATA_DIR: z.string().min(1).default('data'),
  // The store: embedded (files in PROSPECTA_DATA_DIR) unless PostgreSQL is selected; see storeSelection.
  PROSPECTA_STORE: z.enum(['embedded', 'postgres']).optional(),
  DATABASE_URL: optional,
  // PostgreSQL: how many teams a replica keeps in memory (least recently used dropped beyond).
  PROSPECTA_TEAM_CACHE: z.coerce
    .number({ error: 'a whole number of teams, e.g. 200' })
    .int('a whole number of teams, e.g. 200')
    .min(1, 'at least 1 team')
    .max(100_000, 'at most 100000 teams')
    .default(200),
  PROSPECTA_TEAM: z.string().min(1).default('local'),
  PROSPECTA_USER: optional,
  PROSPECTA_LOCALE: z.enum(['fr', 'en']).optional(),
  CHART_RENDERER: z.enum(['local', 'quickchart']).default('local'),
  QUICKCHART_URL: z.url().optional(),
  CHART_THREADS: z.coerce.number().int().min(1).max(16).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('warn'),
  // Discord: on when the token and the application id are set.
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional.pipe(
    z
      .string()
      .regex(/^\d{5,25}$/, 'a numeric Discord id')
      .optional(),
  ),
  DISCORD_GUILD_ID: optional.pipe(
    z
      .string()
      .regex(/^\d{5,25}$/, 'a numeric Discord id')
      .optional(),
  ),
  DISCORD_API_URL: optional.pipe(z.url().optional()),
  // Gateway shards: the total (default: Discord's recommendation) and this replica's part of it.
  ...shardEnv,
  // HTTP server for Teams (Bot Framework) and the local web chat.
  PORT: z.coerce.number().int().min(1).max(65535).default(3978),
  HOST: optional,
  MicrosoftAppId: optional,
  MicrosoftAppPassword: optional,
  MicrosoftAppTenantId: optional,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  PUBLIC_BASE_URL: optional.pipe(z.url().optional()),
  // Named on the privacy and terms pages: who runs this Prospecta, and where to exercise one's rights.
  PROSPECTA_OPERATOR: optional,
  PROSPECTA_PRIVACY_CONTACT: optional,
});

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId: string | undefined;
  /** Discord's REST base, `https://discord.com/api` unless a test points it at a local fake. */
  apiUrl: string | undefined;
  /** The gateway shards this process runs (channels/discord/shards.ts); unset: all, as Discord recommends. */
  shards?: ShardPlan;
}

export interface TeamsConfig {
  appId: string;
  password: string | undefined;
  tenantId: string | undefined;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

/**
 * Which store engine: PostgreSQL when PROSPECTA_STORE=postgres (the URL from DATABASE_URL, else the
 * libpq variables PGHOST, PGUSER…) or when DATABASE_URL is set without PROSPECTA_STORE=embedded.
 */
export type StoreSelection =
  | { engine: 'embedded' }
  | {
      engine: 'postgres';
      url: string | undefined;
      /** Teams kept in memory (`PROSPECTA_TEAM_CACHE`); unset: the engine's default. */
      teamCache?: number;
    };

export type Config = Readonly<{
  dataDir: string;
  store: StoreSelection;
  team: string;
  user: string;
  locale: 'fr' | 'en' | undefined;
  charts: {
    renderer: 'local' | 'quickchart';
    quickchartUrl: string | undefined;
    threads: number | undefined;
  };
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  discord: DiscordConfig | undefined;
  http: { port: number; host: string | undefined };
  /** Bot Framework credentials; without them the HTTP server is local-only (127.0.0.1, no auth). */
  teams: TeamsConfig | undefined;
  publicBaseUrl: string | undefined;
  /** The controller and the contact the privacy notice and terms of use name (unset: "your administrator"). */
  privacy: { operator: string | undefined; contact: string | undefined };
}>;

/**
 * An invalid environment (or `.env`): each problem names its variable. The locale may be the bad
 * variable itself, so the message is given in French then English; the value checks' own wording
 * (zod's) is translated, the deployment checks below (Discord, Teams, shards) are in English.
 */
export class ConfigError extends Error {
  constructor(readonly problems: { fr: string[]; en: string[] }) {
    super(`Invalid configuration (see .env.example):\n${problems.en.join('\n')}`);
    this.name = 'ConfigError';
  }

  /** The message a person reads: French, then English. */
  bilingual(): string {
    return [
      'Configuration invalide (voir .env.example) :',
      ...this.problems.fr,
      '',
      'Invalid configuration (see .env.example):',
      ...this.problems.en,
    ].join('\n');
  }
}

const issueLines = (issues: readonly z.core.$ZodIssue[], sep: string) =>
  issues.map((i) => `  ${String(i.path[0])}${sep}: ${i.message}`);

/** Reads the environment once; an invalid variable stops start-up with its name and the problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const r = Env.safeParse(env);
  const fail = (lines: string[]) => new ConfigError({ fr: lines, en: lines });
  if (!r.success) {
    const fr = Env.safeParse(env, { error: z.locales.fr().localeError });
    throw new ConfigError({
      fr: issueLines(fr.success ? r.error.issues : fr.error.issues, '\u00a0'),
      en: issueLines(r.error.issues, ''),
    });
  }
  const e = r.data;
  const problems: string[] = [];
  if (e.CHART_RENDERER === 'quickchart' && !e.QUICKCHART_URL)
    problems.push('  QUICKCHART_URL: required when CHART_RENDERER=quickchart');
  const shards = shardPlan(e.DISCORD_SHARDS, e.DISCORD_SHARD_IDS);
  problems.push(...shards.problems);
  if (Boolean(e.DISCORD_TOKEN) !== Boolean(e.DISCORD_APPLICATION_ID)) {
    problems.push('  DISCORD_TOKEN, DISCORD_APPLICATION_ID: set both to turn Discord on, or neither');
  }
  const appId = e.MicrosoftAppId && appIdProblem(e.MicrosoftAppId);
  if (appId) problems.push(`  MicrosoftAppId: ${appId}`);
  const base = e.PUBLIC_BASE_URL && publicBaseUrlProblem(e.PUBLIC_BASE_URL, !e.MicrosoftAppId);
  if (base) problems.push(`  PUBLIC_BASE_URL: ${base}`);
  if (e.MicrosoftAppId && !e.MicrosoftAppPassword && e.MicrosoftAppType !== 'UserAssignedMSI') {
    problems.push('  MicrosoftAppPassword: required with MicrosoftAppId');
  }
  if (e.MicrosoftAppType === 'SingleTenant' && !e.MicrosoftAppTenantId) {
    problems.push('  MicrosoftAppTenantId: required when MicrosoftAppType=SingleTenant');
  }
  if (problems.length > 0) throw fail(problems);
  return {
    dataDir: path.resolve(e.PROSPECTA_DATA_DIR),
    store:
      e.PROSPECTA_STORE === 'postgres' || (e.PROSPECTA_STORE === undefined && e.DATABASE_URL)
        ? { engine: 'postgres', url: e.DATABASE_URL, teamCache: e.PROSPECTA_TEAM_CACHE }
        : { engine: 'embedded' },
    team: e.PROSPECTA_TEAM,
    user: e.PROSPECTA_USER ?? env.USER ?? env.USERNAME ?? 'me',
    locale: e.PROSPECTA_LOCALE,
    charts: { renderer: e.CHART_RENDERER, quickchartUrl: e.QUICKCHART_URL, threads: e.CHART_THREADS },
    logLevel: e.LOG_LEVEL,
    discord:
      e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
        ? {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            guildId: e.DISCORD_GUILD_ID,
            apiUrl: e.DISCORD_API_URL,
            shards: shards.plan,
          }
        : undefined,
    http: { port: e.PORT, host: e.HOST },
    teams: e.MicrosoftAppId
      ? {
          appId: e.MicrosoftAppId,
          password: e.MicrosoftAppPassword,
          tenantId: e.MicrosoftAppTenantId,
          appType: e.MicrosoftAppType ?? 'MultiTenant',
        }
      : undefined,
    publicBaseUrl: e.PUBLIC_BASE_URL,
    privacy: { operator: e.PROSPECTA_OPERATOR, contact: e.PROSPECTA_PRIVACY_CONTACT },
  };
}
