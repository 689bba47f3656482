import { oneMonthAfter, type RightsRequest, requestsCollection } from '../privacy/requests.ts';
import type { TeamTx } from '../store/types.ts';
import { addDays, type DemoCalendar, instantOf } from './calendar.ts';
import type { ProspectState } from './state.ts';
import { MANAGER_ID } from './team.ts';

/**
 * The register of rights requests (II.1.3): each opposition heard during the replay, answered the
 * same day, and one access request received last week, still open (answered within one month).
 */
export function seedRequests(tx: TeamTx, cal: DemoCalendar, states: readonly ProspectState[]): void {
  const requests: Omit<RightsRequest, 'id'>[] = [];
  for (const s of states) {
    if (s.opposedOn === undefined) continue;
    requests.push({
      kind: 'opposition',
      receivedOn: s.opposedOn,
      dueOn: oneMonthAfter(s.opposedOn),
      status: 'done',
      doneOn: s.opposedOn,
      prospectIds: [s.d.prospect.id],
      createdAt: instantOf(cal, s.opposedOn, '18:00'),
      createdBy: s.rep || MANAGER_ID,
    });
  }
  const asker = states.find((s) => s.wasCustomer);
  if (asker) {
    const day = addDays(cal.today, -6);
    requests.push({
      kind: 'access',
      receivedOn: day,
      dueOn: oneMonthAfter(day),
      status: 'open',
      prospectIds: [asker.d.prospect.id],
      createdAt: instantOf(cal, day, '10:20'),
      createdBy: MANAGER_ID,
    });
  }
  requests
    .sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : 1))
    .forEach((r, i) => {
      tx.collection(requestsCollection).put({ id: `R-${i + 1}`, ...r });
    });
}
