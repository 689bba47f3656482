import { randomBytes } from 'node:crypto';

/** Time-ordered, collision-free activity id: `A-` + base36 milliseconds + 6 random hex digits. */
export const newActivityId = (now: Date): string =>
  `A-${now.getTime().toString(36)}${randomBytes(3).toString('hex')}`;
