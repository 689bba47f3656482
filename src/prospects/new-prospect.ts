import type { Prospect } from '../domain/entities.ts';

/** A prospect as first recorded: B2B, consent not yet known, owned by whoever named it. */
export function newProspect(id: string, name: string, by: { memberId: string; now: Date }): Prospect {
  return {
    id,
    name: name.trim(),
    type: 'b2b',
    consent: { status: 'unknown' },
    status: 'prospect',
    ownerId: by.memberId,
    createdAt: by.now.toISOString(),
    createdBy: by.memberId,
  };
}
