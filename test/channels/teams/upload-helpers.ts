import { expect } from 'vitest';

type Card = { body: Record<string, unknown>[]; actions?: Record<string, unknown>[] };
export type UploadData = { msteams: { type: string }; 'prospecta.upload': string };
type TaskResponse = { task?: { type: string; value?: { url?: string; [k: string]: unknown } | string } };

async function postActivity(origin: string, activity: object): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${origin}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** The card answering a command that needs a file on Teams, and its button's data (the task/fetch ticket). */
export async function askUpload(origin: string, message: object): Promise<{ card: Card; data: UploadData }> {
  const res = await postActivity(origin, { ...message, deliveryMode: 'expectReplies' });
  expect(res.status).toBe(200);
  const activities = (res.body as { activities: { attachments: { content: Card }[] }[] }).activities;
  const card = activities[0]?.attachments[0]?.content as Card;
  return { card, data: card.actions?.[0]?.data as UploadData };
}

/**
 * The `task/fetch` invoke Teams sends when `from` clicks the button in `message`'s conversation;
 * returns the invoke's answer (the dialog to open).
 */
export async function taskFetch(
  origin: string,
  message: Record<string, unknown>,
  data: UploadData,
): Promise<{ task?: { type: string; value?: { url?: string } & Record<string, unknown> } }> {
  const { text: _text, entities: _entities, ...rest } = message;
  const res = await postActivity(origin, {
    ...rest,
    id: `invoke-${Math.random().toString(36).slice(2)}`,
    type: 'invoke',
    name: 'task/fetch',
    value: { data, context: { theme: 'default' } },
  });
  expect(res.status).toBe(200);
  return res.body as TaskResponse as { task?: { type: string; value?: { url?: string } } };
}

/** The one-time form key of an upload page (its hidden `nonce` field). */
export function formNonce(html: string): string {
  const m = /name="nonce" value="([A-Za-z0-9_-]+)"/.exec(html);
  expect(m).not.toBeNull();
  return m?.[1] ?? '';
}

/** Sends a CSV (or no file) on an upload page's form, with the form's key when given. */
export function drop(url: string, csv: string | null, nonce?: string): Promise<Response> {
  const form = new FormData();
  if (nonce !== undefined) form.append('nonce', nonce);
  if (csv !== null) form.append('file', new Blob([csv], { type: 'text/csv' }), 'clients.csv');
  return fetch(url, { method: 'POST', body: form });
}

/** Types `message`, clicks the upload button as its author, opens the page: its URL and form key. */
export async function openUpload(origin: string, message: Record<string, unknown>) {
  const { data } = await askUpload(origin, message);
  const url = String((await taskFetch(origin, message, data)).task?.value?.url);
  const page = await fetch(url);
  expect(page.status).toBe(200);
  const html = await page.text();
  const nonce = formNonce(html);
  return { url, html, nonce, drop: (csv: string | null) => drop(url, csv, nonce) };
}
