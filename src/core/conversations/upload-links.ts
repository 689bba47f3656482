import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { LOCALES, type Locale, ROLES } from '../../domain/ids.ts';
import { TeamNotFoundError } from '../../store/errors.ts';
import type { CollectionDef, CollectionTx, Store } from '../../store/types.ts';
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
  /**
   * The page Teams' dialog opened for the command's author (SHA-256 of its key), and once it was
   * opened, of the one form it served: a page key opens one form, a form takes the file.
   */
  page: z
    .object({
      id: z.string().regex(/^[0-9a-f]{64}$/),
      form: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
    })
    .optional(),
});
export type PendingUploadItem = z.infer<typeof PendingUploadItem>;

export const uploadLinksCollection: CollectionDef<PendingUploadItem> = {
  name: 'upload-links',
  schema: PendingUploadItem,
  version: 1,
  bookkeeping: true,
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

type Links = CollectionTx<PendingUploadItem>;

/**
 * Upload links kept in the store: created by the replica that answered, served by any. A link has
 * two tokens: its ticket (the button's data in the conversation, `get`, `openPage`) and the key of
 * the page Teams' dialog opened for its author (`page`, `formIs`, `fail`, `delete`).
 */
export function storedUploadLinks(store: Store, clock: () => Date, ttlMs: number) {
  const live = (item: PendingUploadItem): boolean => item.expiresAt > clock().toISOString();
  /** Runs `fn` on the live link whose page is `key`, in the team's transaction; undefined when none. */
  async function withPage<T>(
    key: { teamId: string; id: string },
    fn: (links: Links, item: PendingUploadItem) => T,
  ): Promise<T | undefined> {
    try {
      return await store.transact(key.teamId, (tx) => {
        const links = tx.collection(uploadLinksCollection);
        const item = links.all().find((l) => l.page?.id === key.id);
        return item && live(item) ? fn(links, item) : undefined;
      });
    } catch (e) {
      if (e instanceof TeamNotFoundError) return undefined;
      throw e;
    }
  }
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
     * Counts a failed try on a link (by its page token); returns how many tries are left, and ends the link at none left
     * (whoever holds a leaked link cannot try files on it for its whole validity).
     */
    async fail(token: string): Promise<number> {
      const key = split(token);
      if (!key) return 0;
      const left = await withPage(key, (links, item) => {
        const failures = (item.failures ?? 0) + 1;
        if (failures >= MAX_UPLOAD_FAILURES) links.remove(item.id);
        else links.put({ ...item, failures });
        return Math.max(0, MAX_UPLOAD_FAILURES - failures);
      });
      return left ?? 0;
    },
    /**
     * Gives the link a new page key (the author clicked the button: Teams opens its dialog on it),
     * ending any page opened before; the page's token, or undefined when the link is gone.
     */
    async openPage(ticket: string): Promise<string | undefined> {
      const key = split(ticket);
      if (!key) return undefined;
      const secret = randomBytes(24).toString('base64url');
      const opened = await store.transact(key.teamId, (tx) => {
        const links = tx.collection(uploadLinksCollection);
        const item = links.get(key.id);
        if (!item || !live(item)) return false;
        links.put({ ...item, page: { id: hash(secret) } });
        return true;
      });
      return opened ? `${ticket.slice(0, ticket.indexOf('.'))}.${secret}` : undefined;
    },
    /**
     * What a page token opens: the request, and when `open`, the form's key the first time only (a
     * page opened again, from a copied address, gets `form: undefined`).
     */
    async page(token: string, open: boolean): Promise<{ request: FileRequest; form?: string } | undefined> {
      const key = split(token);
      if (!key) return undefined;
      const form = randomBytes(24).toString('base64url');
      return withPage(key, (links, item) => {
        if (!open || item.page?.form) return { request: item.request as FileRequest };
        links.put({ ...item, page: { id: key.id, form: hash(form) } });
        return { request: item.request as FileRequest, form };
      });
    },
    /** Whether `form` is the key of the form page `token` served. */
    async formIs(token: string, form: string): Promise<boolean> {
      const key = split(token);
      if (!key || !/^[A-Za-z0-9_-]{32}$/.test(form)) return false;
      const found = await withPage(key, (_links, item) => item.page?.form === hash(form));
      return found === true;
    },
    /** Ends a link, by its page token (its command succeeded). */
    async delete(token: string): Promise<void> {
      const key = split(token);
      if (!key) return;
      await withPage(key, (links, item) => void links.remove(item.id));
    },
  };
}
export type StoredUploadLinks = ReturnType<typeof storedUploadLinks>;
