import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { App } from '../app.ts';
import type { DescribedOption } from '../core/options.ts';
import { renderPlainText } from '../core/render-text.ts';
import { MAX_COMMAND_CHARS } from '../guard/input-size.ts';
import { appendHistory, CHAT_HISTORY_FILE, CHAT_HISTORY_LIMIT } from '../privacy/chat-history.ts';
import { writeReplyCharts } from './charts-out.ts';
import { completeAnswer, completeLine } from './complete.ts';
import { filesText, writeReplyFiles } from './files-out.ts';
import { formTurn } from './form-turn.ts';
import { runTerminalCommand, type TerminalIdentity, terminalBot } from './invoke.ts';

/** The interactive terminal chat: type commands as in Discord or Teams; charts go to files. */
export async function chat(app: App, who: TerminalIdentity, outDir: string): Promise<void> {
  const historyFile = path.join(app.config.dataDir, CHAT_HISTORY_FILE);
  await mkdir(app.config.dataDir, { recursive: true });
  const history = (await readFile(historyFile, 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .slice(-CHAT_HISTORY_LIMIT)
    .reverse();
  const locale = who.locale ?? 'fr';
  // The form's field being asked, if any: Tab then completes its choices instead of commands.
  let asking: DescribedOption | undefined;
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    history,
    historySize: CHAT_HISTORY_LIMIT,
    terminal: process.stdin.isTTY,
    completer: (line: string) =>
      asking ? completeAnswer(asking, line, locale) : completeLine(line, app.deps.registry, locale),
  });
  const fr = locale === 'fr';
  const bot = terminalBot(app);
  process.stdout.write(
    fr
      ? `Prospecta — chat local (équipe « ${who.team} », utilisateur « ${who.user} »). Tapez /aide, ou « quitter ». Tab complète les commandes et les options.\n`
      : `Prospecta — local chat (team “${who.team}”, user “${who.user}”). Type /help, or “quit”. Tab completes commands and options.\n`,
  );
  // One reader for commands and questions alike: piped input (a script, a test) loses no line.
  const lines = rl[Symbol.asyncIterator]();
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
      const line = raw.trim();
      if (['quit', 'exit', 'quitter', ':q'].includes(line.toLowerCase())) break;
      if (line === '') continue;
      await appendHistory(app.config.dataDir, line, app.deps.registry);
      const ask = (question: string, field: DescribedOption) => {
        asking = field;
        return read(question).finally(() => {
          asking = undefined;
        });
      };
      const r =
        line.length > MAX_COMMAND_CHARS
          ? await runTerminalCommand(bot, who, line)
          : await formTurn(bot, who, line, { ask, say, locale });
      if (r === undefined) continue;
      const charts = r.error ? [] : await writeReplyCharts(r, app.charts, outDir, 'chart');
      const files = await writeReplyFiles(r, outDir);
      process.stdout.write(
        `${renderPlainText(
          r,
          charts.map((c) => ({ title: c.title, location: c.file })),
        )}${filesText(files)}\n\n`,
      );
    }
  } finally {
    rl.close();
  }
}
