import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Submission } from './converters.ts';

/** A fresh id for a card we send (a form, a reply's buttons): what it submits back names it. */
export const newCardNonce = (): string => randomBytes(12).toString('base64url');

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.length > 0 && v.length <= 200 ? v : undefined;

/**
 * What makes this delivery unique, for `Invocation.idempotencyKey`: the card it came from (the same
 * form or button submitted twice), else the web chat's stamp (`prospecta.once`, kept by the page when
 * Web Chat's "Retry" sends a message again with a new `clientActivityID`) or `clientActivityID`, else
 * the Teams activity id (a redelivery carries the same one).
 */
export function deliveryKey(
  a: Partial<Activity>,
  submission: Submission | undefined,
  web: boolean,
): string | undefined {
  if (submission?.once) return `card:${submission.once}`;
  if (web) {
    const data = (a.channelData ?? {}) as Record<string, unknown>;
    const stamp = str(data['prospecta.once']) ?? str(data.clientActivityID);
    return stamp && `web:${stamp}`;
  }
  const id = str(a.id);
  return id && `teams:${id}`;
}
