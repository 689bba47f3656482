import { z } from 'zod';
import { UserError } from '../core/errors.ts';
import { nextId } from '../domain/lookup.ts';
import type { CollectionDef, TeamTx, TeamView } from '../store/types.ts';

/** The rights a person can exercise (DOMAIN §6), as the register records them. */
export const REQUEST_KINDS = ['access', 'rectification', 'erasure', 'opposition'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/**
 * One rights request in the team's register: received on a day, answered within one month. It
 * names the person by prospect ids only, so the register outlives an erasure without their name.
 */
export const RightsRequest = z.object({
  id: z.string().regex(/^R-\d+$/),
  kind: z.enum(REQUEST_KINDS),
  receivedOn: z.iso.date(),
  /** One month after `receivedOn` (GDPR art. 12.3). */
  dueOn: z.iso.date(),
  status: z.enum(['open', 'done']),
  doneOn: z.iso.date().optional(),
  prospectIds: z.array(z.string().regex(/^P-\d+$/)).max(50),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1),
  /** The day managers were reminded that it is overdue: once. */
  remindedOn: z.iso.date().optional(),
});
export type RightsRequest = z.infer<typeof RightsRequest>;

export const requestsCollection: CollectionDef<RightsRequest> = {
  name: 'rights-requests',
  schema: RightsRequest,
  version: 1,
};

/** The same day one month later, the last day of the month when it is shorter (31 Jan → 28 Feb). */
export function oneMonthAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
}

export const isOverdue = (r: RightsRequest, today: string): boolean => r.status === 'open' && r.dueOn < today;

/** Registers a request (open), or one already answered by the command that registers it. */
export function registerRequest(
  tx: TeamTx,
  input: {
    kind: RequestKind;
    receivedOn: string;
    prospectIds: readonly string[];
    by: string;
    now: Date;
    doneOn?: string;
  },
): RightsRequest {
  const requests = tx.collection(requestsCollection);
  const r: RightsRequest = {
    id: nextId(requests, 'R'),
    kind: input.kind,
    receivedOn: input.receivedOn,
    dueOn: oneMonthAfter(input.receivedOn),
    status: input.doneOn ? 'done' : 'open',
    ...(input.doneOn && { doneOn: input.doneOn }),
    prospectIds: [...input.prospectIds].slice(0, 50),
    createdAt: input.now.toISOString(),
    createdBy: input.by,
  };
  requests.put(r);
  return r;
}

/** An open request, by reference (`R-4`), or a UserError naming the option. */
export function requireOpenRequest(
  view: TeamView,
  ref: string,
  option: { name: string; label: string },
): RightsRequest {
  const r = view.collection(requestsCollection).get(ref.trim().toUpperCase());
  if (!r) throw new UserError('gdpr_request_not_found', { value: ref, option: option.label }, option.name);
  if (r.status === 'done')
    throw new UserError(
      'gdpr_request_done',
      { id: r.id, day: r.doneOn ?? '', option: option.label },
      option.name,
    );
  return r;
}

/**
 * The request a rights command answers: the one named by `request:` (closed now), or a new one
 * received today and answered at once.
 */
export function answerRequest(
  tx: TeamTx,
  input: {
    ref: string | undefined;
    kind: RequestKind;
    today: string;
    prospectIds: readonly string[];
    by: string;
    now: Date;
    locale: 'fr' | 'en';
  },
): RightsRequest {
  if (input.ref === undefined) {
    const { kind, prospectIds, by, now, today } = input;
    return registerRequest(tx, { kind, prospectIds, by, now, receivedOn: today, doneOn: today });
  }
  const open = requireOpenRequest(tx, input.ref, {
    name: 'request',
    label: input.locale === 'fr' ? 'demande' : 'request',
  });
  const done: RightsRequest = {
    ...open,
    status: 'done',
    doneOn: input.today,
    prospectIds: [...new Set([...open.prospectIds, ...input.prospectIds])].slice(0, 50),
  };
  tx.collection(requestsCollection).put(done);
  return done;
}
