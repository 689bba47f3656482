import { ChartSpec } from '../charts/spec.ts';
import { coerceArgs } from '../core/coerce.ts';
import type { CommandContext } from '../core/command.ts';
import { mayRun, userErrorMessage } from '../core/dispatch.ts';
import { isUserError } from '../core/errors.ts';
import { parseCommandText } from '../core/grammar.ts';
import { localizeCommandText } from '../core/localize-command.ts';
import type { Reply } from '../core/reply.ts';
import { resolveText } from '../core/resolve.ts';
import { leftOutWhat, readByEveryone } from './member-scope.ts';
import type { ReportPart } from './model.ts';
import { printTranslator } from './print-text.ts';

/** What the report is about: passed on to each command that takes the option. */
export interface ReportScope {
  campaign?: string | undefined;
  period?: string | undefined;
  rep?: string | undefined;
}

const quote = (v: string) => (/[\s"]/.test(v) ? `"${v.replace(/"/g, '')}"` : v);

/** A command the member's role may not run (and whose answer is not one everyone reads). */
class LeftOut extends Error {
  constructor(readonly role: string) {
    super('left out of the dossier');
  }
}

/**
 * Runs a read-only command inside the report's transaction, as the user would type it, with the
 * print wording of chat hints.
 */
async function runInside(ctx: CommandContext, typed: string, scope: ReportScope): Promise<Reply> {
  const first = resolveText(ctx.registry, parseCommandText(typed));
  const accepted = Object.keys(first.action.options.shape);
  const extra = Object.entries(scope)
    .filter(([k, v]) => v !== undefined && accepted.includes(k) && !(k in first.raw))
    .map(([k, v]) => `${k}:${quote(String(v))}`);
  const { action, raw } = extra.length
    ? resolveText(ctx.registry, parseCommandText(`${typed} ${extra.join(' ')}`))
    : first;
  // A read everyone may see is run as typed, with no option (so it can change nothing).
  const readOnlyView = readByEveryone(typed) && Object.keys(raw).length === 0;
  if (!mayRun(ctx.member.role, action) && !readOnlyView) throw new LeftOut(action.permission);
  const args = await coerceArgs(action, raw, { today: ctx.today, locale: ctx.locale });
  return action.handler(args as never, { ...ctx, t: printTranslator(ctx.t) });
}

/**
 * The parts of a command's answer; an empty or failed answer says so and names the command. A
 * command the member's role may not run gives no part: `leftOut` says what is missing and why.
 */
export async function partsOf(
  ctx: CommandContext,
  typed: string,
  scope: ReportScope,
): Promise<ReportPart[] | { leftOut: { what: string; role: string } }> {
  const shown = localizeCommandText(ctx.registry, typed, ctx.locale);
  let r: Reply;
  try {
    r = await runInside(ctx, typed, scope);
  } catch (e) {
    if (e instanceof LeftOut) {
      const what = leftOutWhat(typed);
      return { leftOut: { what: what ? ctx.t(what) : shown, role: ctx.t(`role.${e.role}` as 'role.rep') } };
    }
    if (!isUserError(e)) throw e;
    const why = userErrorMessage(ctx.t, e);
    return [{ type: 'missing', text: ctx.t('report.missing', { command: shown, why }) }];
  }
  if (r.error)
    return [{ type: 'missing', text: ctx.t('report.missing', { command: shown, why: r.error.message }) }];
  const parts: ReportPart[] = [];
  if (r.title) parts.push({ type: 'heading', text: r.title });
  for (const b of r.blocks) {
    if (b.type === 'chart') {
      const spec = ChartSpec.safeParse(b.spec);
      if (spec.success) parts.push({ type: 'chart', spec: spec.data });
    } else if (b.type === 'table') {
      parts.push({
        type: 'table',
        columns: b.columns,
        rows: b.rows,
        ...(b.caption !== undefined && { caption: b.caption }),
      });
    } else parts.push(b);
  }
  return parts;
}
