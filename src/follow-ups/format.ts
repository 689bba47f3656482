import type { Formatter } from '../i18n/index.ts';
import { localOf } from './due.ts';

/** A due time as the team reads it: `15 déc. 2026 10:00` in its time zone. */
export function formatDue(fmt: Formatter, dueAt: string, timeZone: string): string {
  const local = localOf(dueAt, timeZone);
  return `${fmt.date(local.slice(0, 10))} ${local.slice(11)}`;
}
