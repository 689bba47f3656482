import type { CommandContext } from '../core/command.ts';
import type { ReplyFile } from '../core/reply.ts';
import { sheetToCsv } from './csv-out.ts';
import type { Sheet } from './sheet.ts';
import { sheetToXlsx } from './xlsx-out.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The sheet as the file the reply delivers. */
export async function sheetFile(sheet: Sheet, format: ExportFormat): Promise<ReplyFile> {
  return format === 'csv'
    ? { name: `${sheet.name}.csv`, mimeType: 'text/csv; charset=utf-8', content: sheetToCsv(sheet) }
    : {
        name: `${sheet.name}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: await sheetToXlsx(sheet),
      };
}

/** `actions-2026-11-01_2026-11-30`, `prospects` : a plain file name that says what and when. */
export function exportName(
  ctx: Pick<CommandContext, 't'>,
  what: 'activities' | 'prospects' | 'sales' | 'notes',
  period: { from: string; to: string } | undefined,
): string {
  const prefix = ctx.t(`export.file_prefix.${what}`);
  return period ? `${prefix}-${period.from}_${period.to}` : prefix;
}
