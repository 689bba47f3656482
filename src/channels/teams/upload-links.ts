import type { IncomingMessage, ServerResponse } from 'node:http';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { StoredUploadLinks } from '../../core/conversations/upload-links.ts';
import { renderPlainText } from '../../core/render-text.ts';
import type { Reply } from '../../core/reply.ts';
import type { Locale } from '../../domain/ids.ts';
import { createTranslator } from '../../i18n/index.ts';
import type { FileRequest } from '../botframework/converters.ts';
import { escapeHtml as esc, HttpError, MAX_UPLOAD_BYTES, readForm } from '../botframework/http-io.ts';
import { localeOf, teamsIdentity } from '../botframework/identity.ts';
import { type AdaptiveCard, card } from './cards/types.ts';

/** How long an upload link works: long enough to find the file, short for a link that leaks. */
export const UPLOAD_LINK_TTL_MS = 10 * 60_000;
const PREFIX = '/upload/';

/** Where pending uploads are kept (core/conversations/upload-links.ts: the team's store, so any replica serves them). */
export type UploadLinkKeeper = Pick<
  StoredUploadLinks,
  'create' | 'get' | 'delete' | 'fail' | 'openPage' | 'page' | 'formIs'
>;

/** The data of the card's button: Teams answers its click with a `task/fetch` invoke carrying it. */
const TICKET = 'prospecta.upload';

/** Whether an activity is the click on an upload card's button (Teams asks the bot which dialog to open). */
export const isUploadFetch = (a: { type?: string; name?: string; value?: unknown }): boolean =>
  a.type === ActivityTypes.Invoke &&
  a.name === 'task/fetch' &&
  typeof (a.value as { data?: Record<string, unknown> } | undefined)?.data?.[TICKET] === 'string';

/** Who may frame the page: Teams (web, desktop, mobile) and Microsoft 365 hosts, never another site. */
const FRAME_ANCESTORS =
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.skype.com https://teams.cloud.microsoft https://*.cloud.microsoft https://*.office.com";

/** A Teams channel's threads are `<channel>;messageid=<n>`: one conversation. */
const conversationOf = (id: string | undefined): string => String(id ?? '').replace(/;messageid=\d+$/, '');

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

/**
 * The card that asks for a command's file, in the conversation where the command was typed: its
 * button opens Teams' dialog (`task/fetch`), which the bot fills with the page for the author only.
 */
export function uploadLinkCard(ticket: string, locale: Locale): AdaptiveCard {
  const t = createTranslator(locale);
  return card(
    [
      { type: 'TextBlock', text: t('upload.card_title'), weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: t('upload.card_text'), wrap: true },
    ],
    [
      {
        type: 'Action.Submit',
        title: t('upload.card_button'),
        data: { msteams: { type: 'task/fetch' }, [TICKET]: ticket },
      },
    ],
    locale,
  );
}

/**
 * Teams gives bots no file a user attaches (not without Microsoft Graph or a consent card), so a
 * command that needs one answers with a card whose button opens Teams' dialog on a page of ours.
 * The button carries a ticket, not an address: Teams' click (`task/fetch`, signed by Teams with
 * the clicker and the conversation) gets a page only for the command's author in the conversation
 * where it was typed. The page's address opens one form; that form takes the file. A link lives
 * 10 minutes, takes 3 failed tries, and ends once the command has succeeded; the file dropped runs
 * the command as if it had been attached.
 */
export function createUploadLinks(run: RunUpload, pending: UploadLinkKeeper) {
  function form(token: string, p: PendingUpload, key: string, notice = ''): string {
    const t = createTranslator(p.locale);
    return `${notice}<p>${esc(t('upload.page_intro', { team: p.inv.teamName, command: p.text }))}</p>
<form method="post" action="${PREFIX}${token}" enctype="multipart/form-data">
<input type="hidden" name="nonce" value="${esc(key)}">
<label>${esc(t('upload.choose'))} <input type="file" name="file" accept=".csv,text/csv,text/plain" required></label>
<button type="submit">${esc(t('upload.send'))}</button></form>`;
  }

  return {
    /** A new link's ticket, for the card's button, for a command waiting for its file. */
    create: (p: PendingUpload): Promise<string> => pending.create(p),

    card: uploadLinkCard,

    /**
     * Answers the click on an upload card's button (a `task/fetch` invoke): the page in Teams'
     * dialog for the command's author in its conversation; for anyone else, or elsewhere, a message
     * that says why. `base` is the address the page is served at.
     */
    async answerFetch(turn: TurnContext, base: string): Promise<void> {
      const a = turn.activity;
      const ticket = String((a.value as { data: Record<string, unknown> }).data[TICKET]);
      const p = await pending.get(ticket);
      const t = createTranslator(localeOf(a.locale) ?? p?.locale ?? 'fr');
      const who = teamsIdentity(a);
      let task: { type: 'message'; value: string } | { type: 'continue'; value: Record<string, unknown> };
      if (!p) task = { type: 'message', value: t('upload.expired') };
      else if (who.user.id !== p.inv.user.id)
        task = { type: 'message', value: t('upload.not_yours', { name: p.inv.user.displayName }) };
      else if (
        who.teamId !== p.inv.teamId ||
        conversationOf(a.conversation?.id) !== conversationOf(p.inv.conversation?.id)
      )
        task = { type: 'message', value: t('upload.other_conversation') };
      else {
        const page = await pending.openPage(ticket);
        const url = page && `${base}${PREFIX}${page}`;
        task = url
          ? {
              type: 'continue',
              value: {
                title: t('upload.page_title'),
                url,
                fallbackUrl: url,
                height: 'medium',
                width: 'medium',
              },
            }
          : { type: 'message', value: t('upload.expired') };
      }
      await turn.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { task } } });
    },

    /** Serves `GET` (the form, once) and `POST` (the file) of `/upload/<page token>`; false for other paths. */
    async handle(req: IncomingMessage, res: ServerResponse, path: string, locale: Locale): Promise<boolean> {
      if (!path.startsWith(PREFIX)) return false;
      const token = path.slice(PREFIX.length);
      let out: { status: number; html: string };
      if (req.method === 'GET') {
        const opened = await pending.page(token, true);
        const p = opened?.request;
        const t = createTranslator(p?.locale ?? locale);
        if (!p) out = page(locale, `<p>${esc(t('upload.expired'))}</p>`, 404);
        else if (!opened.form) out = page(p.locale, `<p>${esc(t('upload.already_opened'))}</p>`, 403);
        else out = page(p.locale, form(token, p, opened.form));
      } else if (req.method === 'POST') {
        const sent = await readForm(req, MAX_UPLOAD_BYTES);
        const key = sent.get('nonce');
        const p = (await pending.page(token, false))?.request;
        const t = createTranslator(p?.locale ?? locale);
        const file = sent.get('file');
        if (!p) out = page(locale, `<p>${esc(t('upload.expired'))}</p>`, 404);
        else if (typeof key !== 'string' || !(await pending.formIs(token, key)))
          out = page(p.locale, `<p>${esc(t('upload.already_opened'))}</p>`, 403);
        else if (typeof file === 'string' || !file || file.size === 0) {
          const left = await pending.fail(token);
          const notice = `<p><strong>${esc(t('upload.no_file'))}</strong></p>`;
          out =
            left > 0
              ? page(p.locale, form(token, p, key, notice), 400)
              : page(p.locale, usedUp(t, notice), 410);
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
            out = page(
              p.locale,
              `${answer}<p>${esc(t('upload.retry', { left }))}</p>${form(token, p, key)}`,
              422,
            );
          else out = page(p.locale, usedUp(t, answer), 410);
        }
      } else throw new HttpError(405, 'GET or POST');
      res.writeHead(out.status, {
        'content-type': 'text/html; charset=utf-8',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        // Shown in Teams' dialog: framed by Teams only (no X-Frame-Options, which would forbid it).
        'content-security-policy': FRAME_ANCESTORS,
        'cache-control': 'no-store',
      });
      res.end(out.html);
      return true;
    },
  };
}
export type UploadLinks = ReturnType<typeof createUploadLinks>;
