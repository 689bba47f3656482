import { UserError } from '../core/errors.ts';
import type { Prospect } from '../domain/entities.ts';
import type { ProspectFieldArgs } from './fields.ts';

/** A prospect with the fields a command set; untouched fields stay as they were. */
export function applyProspectFields(p: Prospect, a: ProspectFieldArgs, today: string): Prospect {
  const next: Prospect = { ...p, consent: { ...p.consent } };
  if (a.company !== undefined) next.company = a.company;
  if (a.type !== undefined) next.type = a.type;
  if (a.segment !== undefined) next.segment = a.segment;
  if (a.city !== undefined) next.city = a.city;
  if (a.postal_code !== undefined) next.postalCode = a.postal_code;
  if (a.email !== undefined) next.email = a.email;
  if (a.phone !== undefined) next.phone = a.phone;
  if (a.source !== undefined) next.source = a.source;
  if (a.note !== undefined) next.note = a.note;
  if (a.consent !== undefined) next.consent = { ...next.consent, status: a.consent, at: today };
  if (a.basis !== undefined) next.consent = { ...next.consent, basis: a.basis };
  if (a.status !== undefined) {
    next.status = a.status;
    if (a.status === 'customer') next.customerSince ??= today;
  }
  if (a.customer_since !== undefined) {
    // An existing customer (an import of the customer file): the day it became one, as typed.
    if (a.status !== undefined && a.status !== 'customer')
      throw new UserError('customer_since_not_customer', { status: a.status }, 'customer_since');
    next.status = 'customer';
    next.customerSince = a.customer_since;
  }
  return next;
}

/** Last activity day of each prospect: derived from the activities, never stored twice. */
export function lastContacts(
  activities: Iterable<{ prospectId: string; date: string }>,
): Map<string, string> {
  const last = new Map<string, string>();
  for (const a of activities) {
    const seen = last.get(a.prospectId);
    if (seen === undefined || a.date > seen) last.set(a.prospectId, a.date);
  }
  return last;
}
