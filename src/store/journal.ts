import { z } from 'zod';
import { type FileCodec, openEnvelope } from './durable-file.ts';
import { StoreCorruptError } from './errors.ts';
import { describeIssue } from './validate.ts';

const FORMAT = 'prospecta/journal';
const VERSION = 1;

/** The changes of one file of a multi-file commit: items are at `version` of their collection. */
export interface JournalEntry {
  collection: string;
  version: number;
  /** `''` for an unsharded collection. */
  shard: string;
  upserts: unknown[];
  removes: string[];
}

/**
 * `<team dir>/journal.json`, written before the files of a commit touching several files and deleted
 * after them: `{"format":"prospecta/journal","version":1,"teamId":"…","team":{…}?,"files":[entry…]}`.
 * Replaying it (upsert by id, remove by id) is idempotent, so a crash at any point is recoverable.
 */
export interface Journal {
  teamId: string;
  /** The new team record when the commit called `setTeam` or created the team. */
  team?: unknown;
  files: JournalEntry[];
}

const Body = z.object({
  teamId: z.string().min(1),
  team: z.unknown().optional(),
  files: z.array(
    z.object({
      collection: z.string().min(1),
      version: z.number().int().min(0),
      shard: z.string().regex(/^[0-9A-Za-z_-]{0,40}$/),
      upserts: z.array(z.unknown()),
      removes: z.array(z.string()),
    }),
  ),
});

export const journalCodec: FileCodec<Journal> = {
  decode(raw, file) {
    const { doc } = openEnvelope(raw, FORMAT, VERSION, file);
    const result = Body.safeParse(doc);
    if (!result.success) throw new StoreCorruptError(file, describeIssue(result.error));
    const { teamId, team, files } = result.data;
    return team === undefined ? { teamId, files } : { teamId, team, files };
  },
  encode: (journal) => JSON.stringify({ format: FORMAT, version: VERSION, ...journal }),
};
