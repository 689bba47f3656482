import type { Formatter } from '../i18n/index.ts';
import { localOf } from './due.ts';

/** A due time as the team reads it: `15 déc. 2026 10:00` in its time zone. */
export function formatDue(fmt: Formatter, dueAt: string, timeZone: string): string {
  return formatLocal(fmt, localOf(dueAt, timeZone));
}

/** A local time `YYYY-MM-DDTHH:mm` (a follow-up's `dueLocal`) as the team reads it: `15 déc. 2026 10:00`. */
export function formatLocal(fmt: Formatter, local: string): string {
  return `${fmt.date(local.slice(0, 10))} ${local.slice(11)}`;
}
