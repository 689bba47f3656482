import path from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PROSPECTA_DATA_DIR: z.string().min(1).default('data'),
  PROSPECTA_TEAM: z.string().min(1).default('local'),
  PROSPECTA_USER: z.string().min(1).optional(),
  PROSPECTA_LOCALE: z.enum(['fr', 'en']).optional(),
  CHART_RENDERER: z.enum(['local', 'quickchart']).default('local'),
  QUICKCHART_URL: z.url().optional(),
  CHART_THREADS: z.coerce.number().int().min(1).max(16).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('warn'),
});

export type Config = Readonly<{
  dataDir: string;
  team: string;
  user: string;
  locale: 'fr' | 'en' | undefined;
  charts: {
    renderer: 'local' | 'quickchart';
    quickchartUrl: string | undefined;
    threads: number | undefined;
  };
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
}>;

/** Reads the environment once; an invalid variable stops start-up with its name and the problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const r = Env.safeParse(env);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new Error(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const e = r.data;
  if (e.CHART_RENDERER === 'quickchart' && !e.QUICKCHART_URL) {
    throw new Error(
      'Invalid configuration (see .env.example):\n  QUICKCHART_URL: required when CHART_RENDERER=quickchart',
    );
  }
  return {
    dataDir: path.resolve(e.PROSPECTA_DATA_DIR),
    team: e.PROSPECTA_TEAM,
    user: e.PROSPECTA_USER ?? env.USER ?? env.USERNAME ?? 'me',
    locale: e.PROSPECTA_LOCALE,
    charts: { renderer: e.CHART_RENDERER, quickchartUrl: e.QUICKCHART_URL, threads: e.CHART_THREADS },
    logLevel: e.LOG_LEVEL,
  };
}
