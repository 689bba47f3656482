import { UserError } from '../core/errors.ts';
import { normalizeKey } from '../core/values.ts';
import type { FieldSpec } from './headers.ts';

/** `"Société=prospect; Date RDV=date"` → `{ "Société": "prospect", "Date RDV": "date" }`, fields checked. */
export function parseColumnMap(text: string | undefined, fields: FieldSpec[]): Record<string, string> {
  if (text === undefined) return {};
  const map: Record<string, string> = {};
  for (const part of text.split(/[;\n]/)) {
    if (part.trim() === '') continue;
    const [header, field] = part.split('=').map((s) => s.trim());
    const spec =
      field === undefined
        ? undefined
        : fields.find((f) => f.synonyms.some((s) => normalizeKey(s) === normalizeKey(field)));
    if (!header || !spec) {
      throw new UserError(
        'import_invalid_map',
        { value: part.trim(), fields: fields.map((f) => f.id).join(', ') },
        'columns',
      );
    }
    map[header] = spec.id;
  }
  return map;
}
