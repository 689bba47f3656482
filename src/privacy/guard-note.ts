import type { CommandContext } from '../core/command.ts';
import { watchSettingsOf } from '../watch/entities.ts';
import { confirmOption } from '../watch/options.ts';
import { guardFreeText } from './free-text-guard.ts';

/** The `confirm:` option every command with a free-text field adds. */
export const guardConfirmOption = confirmOption;

/** A free-text field through the CNIL guard, in the team's mode (`/watch settings free_text_guard:`). */
export function guardField(
  ctx: CommandContext,
  field: string,
  text: string | undefined,
  confirmed: boolean | undefined,
): void {
  guardFreeText(ctx.t, {
    field,
    text,
    mode: watchSettingsOf(ctx.tx, ctx.now).freeTextGuard,
    confirmed: confirmed === true,
  });
}
