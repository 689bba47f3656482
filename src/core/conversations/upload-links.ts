import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { LOCALES, type Locale, ROLES } from '../../domain/ids.ts';
import { TeamNotFoundError } from '../../store/errors.ts';
import type { CollectionDef, Store } from '../../store/types.ts';
import type { Invocation as CoreInvocation } from '../dispatch.ts';

/**
 * A command that waits for a file the platform does not attach (Teams): who asked, where, and
 * what they typed; the channel gives a link to drop the file on.
 */
export interface FileRequest {
  inv: Omit<CoreInvocation, 'input' | 'resolveFile'>;
  text: string;
  locale: Locale;
}

const Invocation = z.object({
  channel: z.enum(['cli', 'discord', 'teams', 'web']),
  teamId: z.string().min(1).max(300),
  teamName: z.string().max(300),
  user: z.object({
    id: z.string().min(1).max(300),
    displayName: z.string().max(300),
    roleHint: z.enum(ROLES).optional(),
    groups: z.array(z.string().max(300)).max(500).optional(),
  }),
  locale: z.enum(LOCALES).optional(),
  idempotencyKey: z.string().max(500).optional(),
  conversation: z
    .object({ id: z.string().max(500), reference: z.record(z.string(), z.unknown()) })
    .optional(),
});

/**
 * A command waiting for its file on an upload page. Kept in the team's store, not in the process,
 * so that any replica behind the load balancer serves the link another one gave. The id is the
 * SHA-256 of the link's secret: the data folder or database alone does not open a link.
 */
export const PendingUploadItem = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  request: z.object({ inv: Invocation, text: z.string().max(10_000), locale: z.enum(LOCALES) }),
  expiresAt: z.iso.datetime({ offset: true }),
  /** Files dropped that the command refused (or forms sent without a file): the link ends at MAX_UPLOAD_FAILURES. */
  failures: z.number().int().min(0).optional(),
});
export type PendingUploadItem = z.infer<typeof PendingUploadItem>;

export const uploadLinksCollection: CollectionDef<PendingUploadItem> = {
  name: 'upload-links',
  schema: PendingUploadItem,
  version: 1,
};

/** Failed tries an upload link takes before it ends. */
export const MAX_UPLOAD_FAILURES = 3;

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** `<team id in base64url>.<secret>`: the team says where to look, the secret what. */
function split(token: string): { teamId: string; id: string } | undefined {
  const m = /^([A-Za-z0-9_-]{1,600})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!m) return undefined;
  return { teamId: Buffer.from(m[1] as string, 'base64url').toString('utf8'), id: hash(m[2] as string) };
}

/** Upload links kept in the store: created by the replica that answered, served by any. */
export function storedUploadLinks(store: Store, clock: () => Date, ttlMs: number) {
  const live = (item: PendingUploadItem): boolean => item.expiresAt > clock().toISOString();
  return {
    /** Keeps the request; returns the link's token. Links past their time are dropped on the way. */
    async create(request: FileRequest): Promise<string> {
      const secret = randomBytes(24).toString('base64url');
      const now = clock();
      await store.transact(request.inv.teamId, (tx) => {
        const links = tx.collection(uploadLinksCollection);
        for (const old of links.all()) if (!live(old)) links.remove(old.id);
        links.put({
          id: hash(secret),
          request: PendingUploadItem.shape.request.parse(request),
          expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
        });
      });
      return `${Buffer.from(request.inv.teamId, 'utf8').toString('base64url')}.${secret}`;
    },
    /** The request a token opens, while it is valid. */
    async get(token: string): Promise<FileRequest | undefined> {
      const key = split(token);
      if (!key) return undefined;
      try {
        const item = await store.transact(key.teamId, (tx) =>
          tx.collection(uploadLinksCollection).get(key.id),
        );
        return item && live(item) ? (item.request as FileRequest) : undefined;
      } catch (e) {
        if (e instanceof TeamNotFoundError) return undefined;
        throw e;
      }
    },
    /**
     * Counts a failed try on a link; returns how many tries are left, and ends the link at none left
     * (whoever holds a leaked link cannot try files on it for its whole validity).
     */
    async fail(token: string): Promise<number> {
      const key = split(token);
      if (!key) return 0;
      return store.transact(key.teamId, (tx) => {
        const links = tx.collection(uploadLinksCollection);
        const item = links.get(key.id);
        if (!item) return 0;
        const failures = (item.failures ?? 0) + 1;
        if (failures >= MAX_UPLOAD_FAILURES) links.remove(key.id);
        else links.put({ ...item, failures });
        return Math.max(0, MAX_UPLOAD_FAILURES - failures);
      });
    },
    /** Ends a link (its command succeeded). */
    async delete(token: string): Promise<void> {
      const key = split(token);
      if (!key) return;
      await store.transact(key.teamId, (tx) => void tx.collection(uploadLinksCollection).remove(key.id));
    },
  };
}
export type StoredUploadLinks = ReturnType<typeof storedUploadLinks>;
