import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StoredUploadLinks } from '../../core/conversations/upload-links.ts';
import { renderPlainText } from '../../core/render-text.ts';
import type { Reply } from '../../core/reply.ts';
import type { Locale } from '../../domain/ids.ts';
import { createTranslator } from '../../i18n/index.ts';
import type { FileRequest } from '../botframework/converters.ts';
import { escapeHtml as esc, HttpError, MAX_UPLOAD_BYTES, readForm } from '../botframework/http-io.ts';
import { type AdaptiveCard, card } from './cards/types.ts';

/** How long an upload link works: long enough to find the file, short for a link that leaks. */
export const UPLOAD_LINK_TTL_MS = 10 * 60_000;
const PREFIX = '/upload/';

/** Where pending uploads are kept (core/conversations/upload-links.ts: the team's store, so any replica serves them). */
export type UploadLinkKeeper = Pick<StoredUploadLinks, 'create' | 'get' | 'delete' | 'fail'>;

/** A command that waits for its file: who asked, where, and what they typed. */
export type PendingUpload = FileRequest;

/** Runs a pending command with the dropped file: its Reply, and whether that was posted in the conversation. */
export type RunUpload = (
  pending: PendingUpload,
  file: { name: string; bytes: Uint8Array },
) => Promise<{ reply: Reply; posted: boolean }>;

function page(locale: Locale, body: string, status = 200): { status: number; html: string } {
  const t = createTranslator(locale);
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('upload.page_title'))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#111827}
pre{white-space:pre-wrap;background:#f3f4f6;padding:1rem;border-radius:.5rem}button{padding:.4rem 1rem}</style>
</head><body><h1>${esc(t('upload.page_title'))}</h1>
${body}
</body></html>`;
  return { status, html };
}

/** The page of a link that has just taken its last failed try. */
const usedUp = (t: ReturnType<typeof createTranslator>, before: string): string =>
  `${before}<p>${esc(t('upload.too_many_tries'))}</p>`;

/** The card that gives an upload link, in the conversation where the command was typed. */
export function uploadLinkCard(url: string, locale: Locale): AdaptiveCard {
  const t = createTranslator(locale);
  return card(
    [
      { type: 'TextBlock', text: t('upload.card_title'), weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: t('upload.card_text'), wrap: true },
    ],
    [{ type: 'Action.OpenUrl', title: t('upload.card_button'), url }],
    locale,
  );
}

/**
 * Teams gives bots no file a user attaches (not without Microsoft Graph or a consent card), so a
 * command that needs one answers with a link to a page of ours, made for that user, that team and
 * that command: unguessable, 10 minutes, 3 failed tries, gone once the command has succeeded. The file dropped
 * there runs the command as if it had been attached.
 */
export function createUploadLinks(run: RunUpload, pending: UploadLinkKeeper) {
  function form(token: string, p: PendingUpload, notice = ''): string {
    const t = createTranslator(p.locale);
    return `${notice}<p>${esc(t('upload.page_intro', { team: p.inv.teamName, command: p.text }))}</p>
<form method="post" action="${PREFIX}${token}" enctype="multipart/form-data">
<label>${esc(t('upload.choose'))} <input type="file" name="file" accept=".csv,text/csv,text/plain" required></label>
<button type="submit">${esc(t('upload.send'))}</button></form>`;
  }

  return {
    /** A new link's path (`/upload/<token>`) for a command waiting for its file. */
    async create(p: PendingUpload): Promise<string> {
      return `${PREFIX}${await pending.create(p)}`;
    },

    card: uploadLinkCard,

    /** Serves `GET` (the form) and `POST` (the file) of `/upload/<token>`; false for other paths. */
    async handle(req: IncomingMessage, res: ServerResponse, path: string, locale: Locale): Promise<boolean> {
      if (!path.startsWith(PREFIX)) return false;
      const token = path.slice(PREFIX.length);
      const p = await pending.get(token);
      const t = createTranslator(p?.locale ?? locale);
      let out: { status: number; html: string };
      if (!p) out = page(locale, `<p>${esc(t('upload.expired'))}</p>`, 404);
      else if (req.method === 'GET') out = page(p.locale, form(token, p));
      else if (req.method === 'POST') {
        const file = (await readForm(req, MAX_UPLOAD_BYTES)).get('file');
        if (typeof file === 'string' || !file || file.size === 0) {
          const left = await pending.fail(token);
          const notice = `<p><strong>${esc(t('upload.no_file'))}</strong></p>`;
          out =
            left > 0 ? page(p.locale, form(token, p, notice), 400) : page(p.locale, usedUp(t, notice), 410);
        } else {
          const { reply, posted } = await run(p, {
            name: file.name || 'file.csv',
            bytes: new Uint8Array(await file.arrayBuffer()),
          });
          const left = reply.error ? await pending.fail(token) : 0;
          if (!reply.error) await pending.delete(token);
          const answer = `<pre>${esc(renderPlainText(reply))}</pre>`;
          if (!reply.error)
            out = page(p.locale, posted ? `${answer}<p>${esc(t('upload.posted'))}</p>` : answer);
          else if (left > 0)
            out = page(p.locale, `${answer}<p>${esc(t('upload.retry', { left }))}</p>${form(token, p)}`, 422);
          else out = page(p.locale, usedUp(t, answer), 410);
        }
      } else throw new HttpError(405, 'GET or POST');
      res.writeHead(out.status, {
        'content-type': 'text/html; charset=utf-8',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
        'cache-control': 'no-store',
      });
      res.end(out.html);
      return true;
    },
  };
}
export type UploadLinks = ReturnType<typeof createUploadLinks>;
