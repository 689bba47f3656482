import { ChartSpec } from '../charts/spec.ts';
import { coerceArgs } from '../core/coerce.ts';
import type { CommandContext } from '../core/command.ts';
import { mayRun, userErrorMessage } from '../core/dispatch.ts';
import { isUserError, UserError } from '../core/errors.ts';
import { parseCommandText } from '../core/grammar.ts';
import { localizeCommandText } from '../core/localize-command.ts';
import type { Reply } from '../core/reply.ts';
import { resolveText } from '../core/resolve.ts';
import type { ReportPart } from './model.ts';

/** What the report is about: passed on to each command that takes the option. */
export interface ReportScope {
  campaign?: string | undefined;
  period?: string | undefined;
  rep?: string | undefined;
}

const quote = (v: string) => (/[\s"]/.test(v) ? `"${v.replace(/"/g, '')}"` : v);

/** Runs a read-only command inside the report's transaction, as the user would type it. */
async function runInside(ctx: CommandContext, typed: string, scope: ReportScope): Promise<Reply> {
  const first = resolveText(ctx.registry, parseCommandText(typed));
  const accepted = Object.keys(first.action.options.shape);
  const extra = Object.entries(scope)
    .filter(([k, v]) => v !== undefined && accepted.includes(k) && !(k in first.raw))
    .map(([k, v]) => `${k}:${quote(String(v))}`);
  const { action, raw } = extra.length
    ? resolveText(ctx.registry, parseCommandText(`${typed} ${extra.join(' ')}`))
    : first;
  if (!mayRun(ctx.member.role, action))
    throw new UserError('forbidden', { role: ctx.t(`role.${action.permission}`) });
  const args = await coerceArgs(action, raw, { today: ctx.today, locale: ctx.locale });
  return action.handler(args as never, ctx);
}

/** The parts of a command's answer; an empty or failed answer says so and names the command. */
export async function partsOf(ctx: CommandContext, typed: string, scope: ReportScope): Promise<ReportPart[]> {
  const shown = localizeCommandText(ctx.registry, typed, ctx.locale);
  let r: Reply;
  try {
    r = await runInside(ctx, typed, scope);
  } catch (e) {
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
