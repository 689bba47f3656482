import type { Activity } from '../../src/domain/entities.ts';
import type { ActivityKind, Outcome } from '../../src/domain/ids.ts';

/** A minimal valid activity: only what the funnel reads varies. */
export function activity(kind: ActivityKind, outcome: Outcome, prospectId: string, date: string): Activity {
  return {
    id: `A-${prospectId}-${kind}-${outcome}-${date}`,
    kind,
    outcome,
    prospectId,
    repId: 'discord:1',
    date,
    source: 'chat',
    createdAt: `${date}T09:00:00.000Z`,
    createdBy: 'discord:1',
  };
}
