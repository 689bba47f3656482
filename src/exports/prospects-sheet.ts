import { z } from 'zod';
import { opt } from '../core/options.ts';
import type { Prospect } from '../domain/entities.ts';
import type { Locale } from '../domain/ids.ts';
import { prospectFields } from '../prospects/fields.ts';
import { choiceLabel, headersOf } from './columns.ts';
import type { Cell, Sheet } from './sheet.ts';

/** The columns of `/import prospects` this export writes (the same option builders). */
const prospectColumns = z.object({
  name: opt.text({ frName: 'nom', maxLength: 120, description: { fr: 'Nom', en: 'Name' } }),
  ...prospectFields,
});

const FIELDS = [
  'name',
  'company',
  'type',
  'segment',
  'city',
  'postal_code',
  'email',
  'phone',
  'source',
  'status',
  'customer_since',
  'consent',
  'basis',
  'note',
] as const;

/** The prospects as rows `/import prospects` reads back (erased people are left out), by id. */
export function prospectsSheet(prospects: readonly Prospect[], locale: Locale, name: string): Sheet {
  const label = (field: string, value: string) => choiceLabel(prospectColumns, field, value, locale);
  const rows = prospects
    .filter((p) => !p.erasedAt)
    .sort((a, b) => Number(a.id.slice(2)) - Number(b.id.slice(2)))
    .map((p): Cell[] => [
      p.name,
      p.company ?? null,
      label('type', p.type),
      p.segment ?? null,
      p.city ?? null,
      p.postalCode ?? null,
      p.email ?? null,
      p.phone ?? null,
      p.source ?? null,
      label('status', p.status),
      p.customerSince ?? null,
      p.consent.status === 'unknown' ? null : label('consent', p.consent.status),
      p.consent.basis === undefined ? null : label('basis', p.consent.basis),
      p.note ?? null,
    ]);
  return { name, headers: headersOf(prospectColumns, FIELDS, locale), rows };
}
