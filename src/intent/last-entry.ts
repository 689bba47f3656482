import { KIND_LABELS } from '../activities/labels.ts';
import type { Activity } from '../domain/entities.ts';
import type { Locale } from '../domain/ids.ts';
import { createFormatter } from '../i18n/index.ts';
import type { Store, TeamView } from '../store/types.ts';
import { closestPointer } from './keywords.ts';

/** The entry a message asking to undo is about: its reference, and how the user would recognise it. */
export interface LastEntry {
  readonly id: string;
  /** `A-12 (visite, Garage Dupont, 28 nov. 2026)`. */
  readonly shown: string;
}

/** The latest entry `memberId` saved that is still there (by when it was saved, not its date). */
function lastEntryOf(view: TeamView, memberId: string): Activity | undefined {
  let last: Activity | undefined;
  for (const a of view.activities.all())
    if (a.createdBy === memberId && (last === undefined || a.createdAt >= last.createdAt)) last = a;
  return last;
}

/**
 * For a message in words that asks to undo (see POINTERS), the user's last entry, read without the
 * team's lock; undefined for any other message, or when the team or such an entry does not exist.
 */
export async function lastEntryAskedFor(
  store: Store,
  q: { teamId: string; userId: string; typed: string; locale: Locale },
): Promise<LastEntry | undefined> {
  if (!closestPointer(q.typed)?.lastEntry) return undefined;
  try {
    return await store.read(q.teamId, (view) => {
      const a = lastEntryOf(view, q.userId);
      if (!a) return undefined;
      const { currency, timeZone } = view.team.settings;
      const date = createFormatter(q.locale, currency, timeZone).date(a.date);
      const prospect = view.prospects.get(a.prospectId)?.name ?? a.prospectId;
      return { id: a.id, shown: `${a.id} (${KIND_LABELS[q.locale][a.kind]}, ${prospect}, ${date})` };
    });
  } catch {
    return undefined;
  }
}
