import type { ReplyFile } from '../core/reply.ts';
import type { SourceFindings } from './personal-data.ts';

/** A CSV cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading `'`. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const cellOf = (v: unknown): string =>
  v === undefined || v === null
    ? ''
    : typeof v === 'string'
      ? v
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v);

/**
 * Everything found, as one CSV a spreadsheet opens (French Excel: `;`, UTF-8 with BOM): one line per
 * field of each record (`kind;id;field;value`), so every source fits the same columns.
 */
export function exportCsv(findings: readonly SourceFindings[]): string {
  const lines = [['kind', 'id', 'field', 'value'].join(';')];
  for (const { source, records } of findings) {
    for (const r of records) {
      for (const [field, value] of Object.entries(r.record)) {
        lines.push([source.kind, r.id, field, cellOf(value)].map(csvCell).join(';'));
      }
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Everything found, as JSON: `{ exportedAt, team, person: { prospectIds }, sources: { kind: [records] } }`. */
export function exportJson(
  findings: readonly SourceFindings[],
  meta: { exportedAt: string; teamId: string; prospectIds: readonly string[] },
): string {
  const sources: Record<string, unknown[]> = {};
  for (const { source, records } of findings)
    if (records.length > 0) sources[source.kind] = records.map((r) => r.record);
  return `${JSON.stringify({ ...meta, sources }, null, 2)}\n`;
}

/** The two files of an access request, named after its reference. */
export function exportFiles(
  findings: readonly SourceFindings[],
  meta: { exportedAt: string; teamId: string; prospectIds: readonly string[]; requestId: string },
): ReplyFile[] {
  const stem = `rgpd-${meta.requestId}`;
  return [
    { name: `${stem}.json`, mimeType: 'application/json', content: exportJson(findings, meta) },
    { name: `${stem}.csv`, mimeType: 'text/csv', content: exportCsv(findings) },
  ];
}
