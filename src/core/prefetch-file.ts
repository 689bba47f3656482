import type { Store } from '../store/types.ts';
import { type Invocation, mayRun, roleIn } from './dispatch.ts';
import type { TurnPlan } from './turn-plan.ts';

type ResolvedFile = Awaited<ReturnType<NonNullable<Invocation['resolveFile']>>>;

/**
 * Fetches the file an invocation names before its transaction, so that a download (a Discord
 * attachment, up to 30 s) never runs while the team is locked; the command reads the fetched
 * bytes, or the fetch's error where it reads the option, as before. Nothing is fetched for
 * someone whose role (in the last committed state) may not run the command.
 */
export async function prefetchFile(inv: Invocation, plan: TurnPlan, store: Store): Promise<Invocation> {
  const { fileRef, target } = plan;
  const resolve = inv.resolveFile;
  if (fileRef === undefined || !resolve || !target) return inv;
  if (target.action.permission !== 'rep') {
    const allowed = await store
      .read(inv.teamId, (view) => mayRun(roleIn(inv, view), target.action))
      // A team not created yet: its first member administers it.
      .catch(() => true);
    if (!allowed) return inv;
  }
  const fetched: Promise<ResolvedFile> = resolve(fileRef);
  await fetched.catch(() => undefined);
  return { ...inv, resolveFile: (ref) => (ref === fileRef ? fetched : resolve(ref)) };
}
