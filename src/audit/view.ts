import type { CommandContext } from '../core/command.ts';
import { csvCell } from '../privacy/export-files.ts';
import type { AuditEntry } from './entities.ts';

const countsText = (e: AuditEntry): string =>
  Object.entries(e.counts)
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ');

/** The log as table rows: ref, date and time, who, action, about, detail. */
export function auditRows(
  ctx: Pick<CommandContext, 't' | 'fmt' | 'tx'>,
  entries: readonly AuditEntry[],
): string[][] {
  const { t, fmt, tx } = ctx;
  return entries.map((e) => [
    e.id,
    `${fmt.instantDate(e.at)} ${new Intl.DateTimeFormat(fmt.locale, { timeZone: fmt.timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(e.at))}`,
    e.actorId === 'system' ? t('audit.system') : (tx.members.get(e.actorId)?.displayName ?? e.actorId),
    t(`audit.action.${e.action}`),
    e.targets.join(', '),
    countsText(e),
  ]);
}

/** The log as CSV (French Excel: `;`, UTF-8 with BOM), cells escaped against formula injection. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const head = ['id', 'at', 'actor', 'action', 'targets', 'counts', 'hashes'];
  const lines = entries.map((e) =>
    [e.id, e.at, e.actorId, e.action, e.targets.join(' '), countsText(e), e.hashes.join(' ')]
      .map(csvCell)
      .join(';'),
  );
  return `\uFEFF${[head.join(';'), ...lines].join('\r\n')}\r\n`;
}
