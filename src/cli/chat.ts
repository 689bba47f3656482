import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { App } from '../app.ts';
import { renderPlainText } from '../core/render-text.ts';
import { askMissing, optionsToAsk } from './ask-missing.ts';
import { writeReplyCharts } from './charts-out.ts';
import { completeLine } from './complete.ts';
import { runTerminalCommand, type TerminalIdentity } from './invoke.ts';

const HISTORY_LIMIT = 500;

/** The interactive terminal chat: type commands as in Discord or Teams; charts go to files. */
export async function chat(app: App, who: TerminalIdentity, outDir: string): Promise<void> {
  const historyFile = path.join(app.config.dataDir, '.chat-history');
  await mkdir(app.config.dataDir, { recursive: true });
  const history = (await readFile(historyFile, 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .slice(-HISTORY_LIMIT)
    .reverse();
  const locale = who.locale ?? 'fr';
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    history,
    historySize: HISTORY_LIMIT,
    terminal: process.stdin.isTTY,
    completer: (line: string) => completeLine(line, app.deps.registry, locale),
  });
  const fr = locale === 'fr';
  process.stdout.write(
    fr
      ? `Prospecta — chat local (équipe « ${who.team} », utilisateur « ${who.user} »). Tapez /aide, ou « quitter ». Tab complète les commandes et les options.\n`
      : `Prospecta — local chat (team “${who.team}”, user “${who.user}”). Type /help, or “quit”. Tab completes commands and options.\n`,
  );
  // One reader for commands and questions alike: piped input (a script, a test) loses no line.
  const lines = rl[Symbol.asyncIterator]();
  let asking = false;
  // Ctrl-C cancels a question in progress (as typing « annuler » would); otherwise it leaves.
  rl.on('SIGINT', () => (asking ? rl.write(`${fr ? 'annuler' : 'cancel'}\n`) : rl.close()));
  const read = async (prompt: string): Promise<string | undefined> => {
    rl.setPrompt(prompt);
    rl.prompt();
    const next = await lines.next();
    return next.done ? undefined : next.value;
  };
  const say = (text: string): void => {
    process.stdout.write(`${text}\n`);
  };
  try {
    for (let raw = await read('> '); raw !== undefined; raw = await read('> ')) {
      let line: string | undefined = raw.trim();
      if (['quit', 'exit', 'quitter', ':q'].includes(line.toLowerCase())) break;
      if (line === '') continue;
      await appendFile(historyFile, `${line}\n`);
      const missing = optionsToAsk(line, app.deps.registry);
      if (missing.length > 0) {
        asking = true;
        line = await askMissing(line, missing, { ask: read, say, locale }).finally(() => {
          asking = false;
        });
        if (line === undefined) continue;
      }
      const r = await runTerminalCommand(app, who, line);
      const charts = r.error ? [] : await writeReplyCharts(r, app.charts, outDir, 'chart');
      process.stdout.write(
        `${renderPlainText(
          r,
          charts.map((c) => ({ title: c.title, location: c.file })),
        )}\n\n`,
      );
    }
  } finally {
    rl.close();
  }
}
