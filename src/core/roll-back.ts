import type { Reply } from './reply.ts';

/** Thrown out of a transaction to drop everything it staged, carrying the answer to give. */
class RolledBack extends Error {
  constructor(readonly reply: Reply) {
    super('rolled back');
  }
}

/**
 * Inside a command's transaction: a reply with an error (a rejected import answers one instead of
 * throwing) aborts the transaction, so that nothing is written, not even the team and member the
 * command would have created. Exit code 2 promises "nothing written".
 */
export function failedOrDone(reply: Reply): Reply {
  if (reply.error) throw new RolledBack(reply);
  return reply;
}

/** Runs a command's transaction; its error reply comes back once the transaction was dropped. */
export async function rollBackFailed(tx: () => Promise<Reply>): Promise<Reply> {
  try {
    return await tx();
  } catch (e) {
    if (e instanceof RolledBack) return e.reply;
    throw e;
  }
}
