import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { HttpError, MAX_UPLOAD_BYTES, readForm } from '../botframework/http-io.ts';

/** Uploads kept for the bot to read (an import reads its file within the turn): 1 h, 200 MB at most. */
const KEPT_UPLOAD_BYTES = 200 * 2 ** 20;

interface Upload {
  /** The conversation it was sent in: only its token may download it. */
  conversationId: string;
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** An attachment as the activity carries it to the bot. */
export interface UploadedAttachment {
  contentType: string;
  name: string;
  contentUrl: string;
}

/**
 * Files sent with Web Chat's upload button. Direct Line's `POST …/upload` is multipart/form-data:
 * an `activity` part (JSON) and one `file` part per file. The bytes stay in memory, under an
 * unguessable id that the activity's `contentUrl` names.
 */
export function createUploads(
  base: () => string,
  /** Whether `token` is the live token of conversation `conversationId`. */
  tokenOf: (conversationId: string, token: string) => boolean,
) {
  const uploads = new LRUCache<string, Upload>({
    maxSize: KEPT_UPLOAD_BYTES,
    sizeCalculation: (u) => Math.max(1, u.bytes.byteLength),
    ttl: 3600_000,
  });
  const PREFIX = '/directline/attachments/';

  return {
    /** The activity of an upload request, its files stored and listed as its attachments. */
    async receive(req: IncomingMessage, conversationId: string): Promise<Record<string, unknown>> {
      const form = await readForm(req, MAX_UPLOAD_BYTES);
      const part = form.get('activity');
      let activity: unknown;
      try {
        activity = JSON.parse(typeof part === 'string' ? part : ((await part?.text()) ?? ''));
      } catch {
        throw new HttpError(400, 'the "activity" part is not JSON');
      }
      if (typeof activity !== 'object' || activity === null || Array.isArray(activity))
        throw new HttpError(400, 'the "activity" part is not a JSON object');
      const attachments: UploadedAttachment[] = [];
      for (const file of form.getAll('file')) {
        if (typeof file === 'string') continue;
        const id = randomBytes(16).toString('base64url');
        const name = file.name || 'file';
        const contentType = file.type || 'application/octet-stream';
        uploads.set(id, {
          conversationId,
          name,
          contentType,
          bytes: new Uint8Array(await file.arrayBuffer()),
        });
        attachments.push({ contentType, name, contentUrl: `${base()}${PREFIX}${id}` });
      }
      return { ...(activity as Record<string, unknown>), type: 'message', attachments };
    },

    /** The bytes behind a `contentUrl` made here, or undefined (unknown, expired, another origin). */
    bytesOf(contentUrl: string): Uint8Array | undefined {
      if (!contentUrl.startsWith(`${base()}${PREFIX}`)) return undefined;
      return uploads.get(contentUrl.slice(base().length + PREFIX.length))?.bytes;
    },

    /**
     * Serves `GET /directline/attachments/<id>` to its conversation's token (`Authorization: Bearer`
     * or `?token=`); false when the path is not an attachment's.
     */
    serve(req: IncomingMessage, res: ServerResponse, path: string): boolean {
      if (!path.startsWith(PREFIX)) return false;
      const upload = uploads.get(path.slice(PREFIX.length));
      if (!upload) throw new HttpError(404, 'no such file (uploads are kept 1 h)');
      const header = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
      const token = header ?? new URL(req.url ?? '/', 'http://x').searchParams.get('token') ?? '';
      if (!tokenOf(upload.conversationId, token))
        throw new HttpError(403, 'this file needs its conversation’s token');
      res.writeHead(200, {
        'content-type': upload.contentType,
        'content-length': upload.bytes.byteLength,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(upload.name)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      res.end(upload.bytes);
      return true;
    },
  };
}
export type Uploads = ReturnType<typeof createUploads>;
