import type { CommandContext } from '../core/command.ts';
import { type Block, text } from '../core/reply.ts';
import type { Activity } from '../domain/entities.ts';
import { contactBreaches } from './contact-rules.ts';
import { type ConsentRecord, consentsCollection } from './entities.ts';

/**
 * `/import activities` judges each imported contact with a consumer as `/log` does (day rules,
 * attempts, refusal, consent; a file has no time column), with histories indexed once for the file.
 */
export function importedContactFlags(ctx: CommandContext) {
  const { tx } = ctx;
  let histories: Map<string, Activity[]> | undefined;
  let consents: Map<string, ConsentRecord[]> | undefined;
  const group = <T extends { prospectId: string }>(items: readonly T[]): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const x of items) m.set(x.prospectId, [...(m.get(x.prospectId) ?? []), x]);
    return m;
  };
  let flagged = 0;
  const flag = (a: Activity): Activity => {
    const prospect = tx.prospects.get(a.prospectId);
    if (prospect?.type !== 'b2c') return a;
    histories ??= group(tx.activities.all());
    consents ??= group(tx.collection(consentsCollection).all());
    const history = histories.get(a.prospectId) ?? [];
    const breaches = contactBreaches(prospect, a, {
      activities: history,
      consents: consents.get(a.prospectId) ?? [],
    });
    history.push(a);
    histories.set(a.prospectId, history);
    if (breaches.length === 0) return a;
    flagged++;
    return { ...a, compliance: breaches.map((b) => b.code) };
  };
  return {
    flag,
    count: () => flagged,
    blocks: (): Block[] => (flagged > 0 ? [text(ctx.t('consent.import_flagged', { count: flagged }))] : []),
  };
}
