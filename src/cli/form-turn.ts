import type { Reply } from '../core/reply.ts';
import type { Bot } from '../core/turn.ts';
import { type FormIo, fillForm, formQuestions } from './ask-missing.ts';
import { runTerminalCommand, type TerminalIdentity, terminalTurn } from './invoke.ts';

/**
 * A typed line through the core's form policy, as on Discord and Teams: when the core plans a form
 * (a bare `/journal`, missing options, `note:…`), its fields are asked one by one and the form is
 * sent; a field the core then refuses (an unknown competitor) is asked again with the core's error,
 * until the command runs or the user cancels (undefined: nothing was sent).
 */
export async function formTurn(
  bot: Bot,
  who: TerminalIdentity,
  line: string,
  io: FormIo,
): Promise<Reply | undefined> {
  let form = bot.plan({ kind: 'text', text: line }, 'typed').form;
  if (!form || formQuestions(form).length === 0) return runTerminalCommand(bot, who, line);
  for (;;) {
    const filled = await fillForm(form, io);
    if (filled === undefined) return undefined;
    const turn = await terminalTurn(bot, who, filled, 'form');
    // A field the terminal cannot ask (a file) would come back forever: the error is the answer.
    if (!turn.form || formQuestions(turn.form).length === 0) return turn.reply;
    form = turn.form;
  }
}
