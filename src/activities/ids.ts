import { randomBytes } from 'node:crypto';

/** Time-ordered, collision-free activity id: `A-` + base36 milliseconds + 6 random hex digits. */
export const newActivityId = (now: Date): string =>
  `A-${now.getTime().toString(36)}${randomBytes(3).toString('hex')}`;

/** Ids for many activities made at once (an import): one random draw, then a sequence. */
export function activityIdSequence(now: Date): () => string {
  const prefix = `A-${now.getTime().toString(36)}${randomBytes(3).toString('hex')}`;
  let n = 0;
  return () => `${prefix}-${(n++).toString(36)}`;
}
