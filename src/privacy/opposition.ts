import { z } from 'zod';
import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import type { Prospect } from '../domain/entities.ts';
import type { CollectionDef, TeamView } from '../store/types.ts';
import { installationKey, recordHashes } from './identifier-hash.ts';

/** How long an opposition is kept (CNIL: at least 3 years), then purged by the retention job. */
export const OPPOSITION_YEARS = 3;

/**
 * One entry of the team's do-not-contact list (`/gdpr oppose`). It keeps keyed hashes of the
 * person's identifiers, not the identifiers: the list works after the person is erased without
 * keeping their name, e-mail or phone in the data folder.
 */
export const Opposition = z.object({
  id: z.string().regex(/^X-\d+$/),
  hashes: z
    .array(z.string().regex(/^[0-9a-f]{64}$/))
    .min(1)
    .max(20),
  /** The prospects that were the person when they objected (tombstones included). */
  prospectIds: z.array(z.string().regex(/^P-\d+$/)).max(50),
  /** The rights request it answers (`R-4`), if one was registered. */
  requestId: z
    .string()
    .regex(/^R-\d+$/)
    .optional(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1),
  /** The day the entry is purged, `YYYY-MM-DD` (3 years after). */
  expiresOn: z.iso.date(),
});
export type Opposition = z.infer<typeof Opposition>;

export const oppositionsCollection: CollectionDef<Opposition> = {
  name: 'oppositions',
  schema: Opposition,
  version: 1,
};

/** The entry of the do-not-contact list the record matches (same id, name, e-mail or phone), if any. */
export function oppositionOf(
  view: TeamView,
  key: Buffer,
  x: { id?: string; name?: string | undefined; email?: string | undefined; phone?: string | undefined },
): Opposition | undefined {
  const entries = view.collection(oppositionsCollection).all();
  if (entries.length === 0) return undefined;
  const hashes = new Set(recordHashes(key, x));
  return entries.find(
    (o) => (x.id !== undefined && o.prospectIds.includes(x.id)) || o.hashes.some((h) => hashes.has(h)),
  );
}

/** A filter that keeps the prospects not on the do-not-contact list (campaign targets, route plans). */
export function contactable(view: TeamView, dataDir: string): (p: Prospect) => boolean {
  if (view.collection(oppositionsCollection).size === 0) return (p) => !p.erasedAt;
  const key = installationKey(dataDir);
  return (p) => !p.erasedAt && oppositionOf(view, key, p) === undefined;
}

/**
 * Refuses a contact with, or a new prospect for, a person on the do-not-contact list (or erased):
 * `opposed_contact`, naming the option and the list entry, nothing written.
 */
export function refuseOpposedContact(
  ctx: Pick<CommandContext, 'tx' | 'dataDir' | 'locale'>,
  x: {
    id?: string;
    name?: string | undefined;
    email?: string | undefined;
    phone?: string | undefined;
    erasedAt?: string | undefined;
  },
  option: OptionName,
): void {
  const params = (id: string) => ({ id, option: ctx.locale === 'fr' ? option.frName : option.name });
  if (x.erasedAt) throw new UserError('opposed_contact', params(x.id ?? ''), option.name);
  if (ctx.tx.collection(oppositionsCollection).size === 0) return;
  const found = oppositionOf(ctx.tx, installationKey(ctx.dataDir), x);
  if (found) throw new UserError('opposed_contact', params(found.id), option.name);
}

/** An option as the error names it: its English name, and its French name for French users. */
export interface OptionName {
  name: string;
  frName: string;
}

const IDENTIFIER_OPTIONS = {
  name: { name: 'name', frName: 'nom' },
  email: { name: 'email', frName: 'email' },
  phone: { name: 'phone', frName: 'téléphone' },
} as const;

/** `/prospect add|edit`: refuses identifiers on the do-not-contact list, naming the field that matched. */
export function refuseOpposedIdentifiers(
  ctx: Pick<CommandContext, 'tx' | 'dataDir' | 'locale'>,
  fields: { name?: string | undefined; email?: string | undefined; phone?: string | undefined },
): void {
  if (ctx.tx.collection(oppositionsCollection).size === 0) return;
  const key = installationKey(ctx.dataDir);
  for (const field of ['name', 'email', 'phone'] as const) {
    const value = fields[field];
    if (value === undefined) continue;
    const found = oppositionOf(ctx.tx, key, { [field]: value });
    const option = IDENTIFIER_OPTIONS[field];
    if (found)
      throw new UserError(
        'opposed_contact',
        { id: found.id, option: ctx.locale === 'fr' ? option.frName : option.name },
        field,
      );
  }
}
