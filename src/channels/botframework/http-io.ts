import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** Bodies above this are refused: an activity is a few KB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The largest file a chat upload takes (web chat button, Teams upload page): an export, not a backup. */
export const MAX_UPLOAD_BYTES = 50 * 2 ** 20;

/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The JSON body of a request: `application/json` only (a cross-site form cannot send it without CORS). */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'expected application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'body too large');
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'expected a JSON object');
  return body as Record<string, unknown>;
}

/**
 * A `multipart/form-data` body, parsed by the parser Node ships (undici's `Request.formData()`);
 * refused above `maxBytes` (by its content-length, before reading) or when malformed.
 */
export async function readForm(req: IncomingMessage, maxBytes: number): Promise<FormData> {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^multipart\/form-data\b/i.test(type)) throw new HttpError(415, 'expected multipart/form-data');
  const length = Number(req.headers['content-length'] ?? Number.NaN);
  if (!(length <= maxBytes + 64 * 1024))
    throw new HttpError(413, `files of ${maxBytes / 2 ** 20} MB at most, with a content-length`);
  try {
    return await new Request('http://form.local/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
      duplex: 'half',
    } as RequestInit).formData();
  } catch {
    throw new HttpError(400, 'malformed multipart body');
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': bytes.length,
  });
  res.end(bytes);
}

/** Node's response in the shape botbuilder's `CloudAdapter.process` writes to. */
export function botResponse(res: ServerResponse) {
  return {
    socket: res.socket,
    status(code: number) {
      res.statusCode = code;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
    },
    send(body: unknown) {
      if (body === undefined) return;
      if (typeof body === 'object' && !Buffer.isBuffer(body)) {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.write(JSON.stringify(body));
      } else res.write(String(body));
    },
    end() {
      res.end();
    },
  };
}

/** A response that stays in memory: the local web chat runs turns through the adapter this way. */
export function memoryResponse() {
  const captured = { status: 200, body: undefined as unknown };
  return {
    captured,
    socket: null,
    status(code: number) {
      captured.status = code;
    },
    header() {},
    send(body: unknown) {
      captured.body = body;
    },
    end() {},
  };
}
