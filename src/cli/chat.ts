import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { App } from '../app.ts';
import { renderPlainText } from '../core/render-text.ts';
import { writeReplyCharts } from './charts-out.ts';
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
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    history,
    historySize: HISTORY_LIMIT,
    terminal: process.stdin.isTTY,
  });
  const fr = (who.locale ?? 'fr') === 'fr';
  process.stdout.write(
    fr
      ? `Prospecta — chat local (équipe « ${who.team} », utilisateur « ${who.user} »). Tapez /aide, ou « quitter ».\n`
      : `Prospecta — local chat (team “${who.team}”, user “${who.user}”). Type /help, or “quit”.\n`,
  );
  try {
    rl.setPrompt('> ');
    rl.prompt();
    // The async iterator buffers lines, so piped input (a script, a test) loses none while a command runs.
    for await (const raw of rl) {
      const line = raw.trim();
      if (['quit', 'exit', 'quitter', ':q'].includes(line.toLowerCase())) break;
      if (line !== '') {
        await appendFile(historyFile, `${line}\n`);
        const r = await runTerminalCommand(app, who, line.startsWith('/') ? line : `/${line}`);
        const charts = r.error ? [] : await writeReplyCharts(r, app.charts, outDir, 'chart');
        process.stdout.write(
          `${renderPlainText(
            r,
            charts.map((c) => ({ title: c.title, location: c.file })),
          )}\n\n`,
        );
      }
      rl.prompt();
    }
  } finally {
    rl.close();
  }
}
