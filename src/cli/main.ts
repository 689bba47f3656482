import path from 'node:path';
import v8 from 'node:v8';
import { createApp } from '../app.ts';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { userErrorMessage } from '../core/dispatch.ts';
import { LOCALES, type Locale } from '../domain/ids.ts';
import { loadDotEnv } from '../env-file.ts';
import { asUserError } from '../guard/expected-failure.ts';
import { createTranslator } from '../i18n/index.ts';
import { StoreCorruptError, TeamNotFoundError } from '../store/index.ts';
import { StoreUnavailableError } from '../store/postgres/errors.ts';
import { checkStoreAtStart } from '../store/start-check.ts';
import { chat } from './chat.ts';
import {
  CliArgError,
  type CliValues,
  checkFolder,
  localeFlag,
  parseCliArgs,
  unsupportedLocale,
  usageLine,
} from './cli-args.ts';
import { exitCode, printFailure, runOnce } from './run.ts';
import { cliLocale, runNeedsCommand, unknownCliCommand, usage } from './usage.ts';

/**
 * Between two full collections V8 lets the old generation grow to up to 4× what survived the last
 * one; capped at 1.5× (a flag V8 reads at each collection, so it can be set here), a 1M-line sales
 * import peaks ~90 MB lower for a few % more time (bench: 477–490 MB → 391 MB, 6.0 → 6.5 s).
 */
function tuneHeap(): void {
  v8.setFlagsFromString('--heap-growing-percent=50');
}

/** The app, or the exit code when its store cannot be opened (the reason printed, localized). */
async function openApp(
  config: Config,
  locale: Locale,
): Promise<Awaited<ReturnType<typeof createApp>> | number> {
  try {
    return await createApp(config);
  } catch (e) {
    if (!(e instanceof StoreUnavailableError)) throw e;
    const t = createTranslator(locale);
    console.error(
      t(e.reason === 'bad_url' ? 'store.bad_url' : 'store.unreachable', { url: e.url, detail: e.message }),
    );
    return e.reason === 'bad_url' ? 2 : 1;
  }
}

/** The `prospecta` command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  tuneHeap();
  loadDotEnv();
  let values: CliValues;
  let positionals: string[];
  const argLocale = cliLocale(localeFlag(argv));
  try {
    ({ values, positionals } = parseCliArgs(argv, argLocale));
  } catch (e) {
    if (!(e instanceof CliArgError)) throw e;
    console.error(`${e.message}\n${usageLine(argLocale)}`);
    return 2;
  }
  if (values.locale !== undefined && !LOCALES.includes(values.locale as Locale)) {
    console.error(unsupportedLocale(values.locale));
    return 2;
  }
  const [sub = 'start', ...rest] = positionals;
  if (values.help || sub === 'help') {
    console.log(usage(cliLocale(values.locale)));
    return 0;
  }
  let config: Config;
  try {
    config = loadConfig({ ...process.env, ...(values.data && { PROSPECTA_DATA_DIR: values.data }) });
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.bilingual());
    return 2;
  }
  const who = {
    team: values.team ?? (sub === 'demo' ? 'demo' : config.team),
    user: values.user ?? config.user,
    locale: (values.locale as Locale | undefined) ?? config.locale,
  };
  const outDir = path.resolve(values.out ?? path.join(config.dataDir, 'charts'));
  try {
    checkFolder(values.data ? '--data' : 'PROSPECTA_DATA_DIR', config.dataDir, argLocale);
    checkFolder('--out', outDir, argLocale);
  } catch (e) {
    if (!(e instanceof CliArgError)) throw e;
    console.error(`${e.message}\n${usageLine(argLocale)}`);
    return 2;
  }
  if (sub === 'docs') {
    const { syncCommandReference } = await import('../help/command-reference.ts');
    return syncCommandReference({ check: values.check });
  }
  if (sub === 'store') {
    const { storeCli } = await import('./store/index.ts');
    const io = { out: (s: string) => console.log(s), err: (s: string) => console.error(s) };
    const { from, to, force } = values;
    return storeCli(rest, { from, to, force, ...io, locale: cliLocale(values.locale), config });
  }
  const app = await openApp(config, who.locale ?? cliLocale(values.locale));
  if (typeof app === 'number') return app;
  try {
    switch (sub) {
      case 'run': {
        const command = rest.join(' ');
        if (command.trim() === '') {
          console.error(runNeedsCommand(cliLocale(values.locale)));
          return 2;
        }
        // Open the team first: a damaged file stops here with its name, before any command runs.
        const busy = await app.deps.store
          .transact(`local:${who.team}`, () => undefined)
          .then(
            () => null,
            (e: unknown) => {
              if (e instanceof TeamNotFoundError) return null;
              const known = asUserError(e);
              if (known) return known;
              throw e;
            },
          );
        const opts = { ...who, json: values.json, outDir };
        if (busy) return printFailure(opts, command, busy, (s) => console.log(s));
        return await runOnce(app, opts, command, (s) => console.log(s));
      }
      case 'demo': {
        const { seedDemo } = await import('../demo/seed.ts');
        const summary = await seedDemo(app.deps.store, { team: who.team, now: app.deps.clock() });
        console.log(summary);
        // At a keyboard, go straight into the demo team's chat; in a script, stop here.
        if (process.stdin.isTTY) await chat(app, who, outDir);
        return 0;
      }
      case 'start': {
        await checkStoreAtStart(app.deps.store, app.logger);
        // The channels' clients (discord.js, botbuilder) load only here, not for `run`, `chat`, `demo`.
        const { startChannels } = await import('../app-start.ts');
        const channels = await startChannels(app);
        // Nothing configured to listen on: the terminal chat is the way in.
        if (channels.length === 0) {
          await chat(app, who, outDir);
          return 0;
        }
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        for (const channel of channels) await channel.stop();
        return 0;
      }
      case 'chat': {
        await checkStoreAtStart(app.deps.store, app.logger);
        await chat(app, who, outDir);
        return 0;
      }
      default:
        console.error(unknownCliCommand(cliLocale(values.locale), sub));
        return 2;
    }
  } catch (e) {
    const t = createTranslator(who.locale ?? 'fr');
    if (e instanceof StoreCorruptError) {
      console.error(t('cli.store_corrupt', { detail: e.message }));
      return 1;
    }
    const known = asUserError(e);
    if (known) {
      console.error(userErrorMessage(t, known));
      return exitCode(known.code);
    }
    if ((e as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
      const { address, port } = e as NodeJS.ErrnoException & { address?: string; port?: number };
      console.error(t('cli.port_in_use', { address: address ?? '', port: port ?? '' }));
      return 1;
    }
    throw e;
  } finally {
    await app.close();
  }
}
