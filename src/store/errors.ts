/** A store file that cannot be trusted: unreadable, not JSON, wrong format, too new, or holding an invalid item. */
export class StoreCorruptError extends Error {
  override readonly name = 'StoreCorruptError';
  /** Absolute path of the bad file; it is left untouched so a human can inspect or restore it. */
  readonly file: string;

  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`corrupt store file ${file}: ${reason}`, options);
    this.file = file;
  }
}

/** `transact` on a team that does not exist, without `init`. */
export class TeamNotFoundError extends Error {
  override readonly name = 'TeamNotFoundError';
  readonly teamId: string;

  constructor(teamId: string) {
    super(`team not found: ${JSON.stringify(teamId)}`);
    this.teamId = teamId;
  }
}
