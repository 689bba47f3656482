import type { Activity } from '../domain/entities.ts';
import { isHeldKind } from './funnel-stages.ts';

const before = (a: Activity, b: Activity): boolean =>
  a.date < b.date || (a.date === b.date && a.createdAt < b.createdAt);

/**
 * The held signatures that conclude a quote given at an earlier held visit of the same prospect,
 * with no appointment obtained in between: the signature logged on the visit that gave the quote,
 * not a second visit held. They count in `signed`, never again in `visited` (DOMAIN §1, §7
 * `visits_per_order`). Each quote concludes once. Empty, after one cheap pass, in the usual case.
 */
export function quoteSignatures(activities: readonly Activity[]): ReadonlySet<Activity> {
  const quotes = new Map<string, Activity[]>();
  const signatures: Activity[] = [];
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i] as Activity;
    if (!isHeldKind(a.kind)) continue;
    if (a.outcome === 'proposal') {
      const list = quotes.get(a.prospectId);
      if (list) list.push(a);
      else quotes.set(a.prospectId, [a]);
    } else if (a.outcome === 'signed') signatures.push(a);
  }
  const concluded = new Set<Activity>();
  if (quotes.size === 0 || signatures.length === 0) return concluded;
  const asked = signatures.filter((s) => quotes.has(s.prospectId));
  if (asked.length === 0) return concluded;
  const appointments = new Map<string, Activity[]>();
  for (const a of activities) {
    if (a.outcome !== 'appointment' || isHeldKind(a.kind) || !quotes.has(a.prospectId)) continue;
    const list = appointments.get(a.prospectId);
    if (list) list.push(a);
    else appointments.set(a.prospectId, [a]);
  }
  const used = new Set<Activity>();
  asked.sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : 0));
  for (const s of asked) {
    // The latest quote before the signature, still open, with no appointment obtained since.
    let quote: Activity | undefined;
    for (const q of quotes.get(s.prospectId) ?? [])
      if (!used.has(q) && before(q, s) && (!quote || before(quote, q))) quote = q;
    if (!quote) continue;
    const q = quote;
    const reBooked = (appointments.get(s.prospectId) ?? []).some((a) => before(q, a) && before(a, s));
    if (reBooked) continue;
    used.add(q);
    concluded.add(s);
  }
  return concluded;
}
