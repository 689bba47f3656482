import { z } from 'zod';
import { TEMP_SUFFIX } from './atomic-fs.ts';
import { DurableJsonFile, type FileCodec, openEnvelope } from './durable-file.ts';
import { StoreCorruptError } from './errors.ts';
import { describeIssue } from './validate.ts';

const FORMAT = 'prospecta/journal';
const VERSION = 2;

/** Version 1: the changes of one file of a multi-file commit; items are at `version` of their collection. */
export interface JournalEntry {
  collection: string;
  version: number;
  /** `''` for an unsharded collection. */
  shard: string;
  upserts: unknown[];
  removes: string[];
}

/** Version 2: a staged file to rename over its target; both paths relative to the team folder, with `/`. */
export interface JournalRename {
  from: string;
  to: string;
}

/**
 * `<team dir>/journal.json`, written before the files of a commit touching several files are made
 * current and deleted after. Version 2 (written now): every new file is first written and fsynced
 * under a temp name beside its target, then the journal lists the renames:
 * `{"format":"prospecta/journal","version":2,"teamId":"…","renames":[{"from":"…tmp","to":"…json"}]}`.
 * A crash before the journal leaves the old files and orphan temp files; after it, replaying renames
 * the temp files still there (a missing one was renamed already). The data is written once, and a
 * commit's memory never holds a second copy of it.
 *
 * Version 1 (still replayed, no longer written) held the changes themselves:
 * `{…,"version":1,"teamId":"…","team":{…}?,"files":[entry…]}`, replayed by upsert and remove by id.
 */
export type Journal =
  | { version: 1; teamId: string; team?: unknown; files: JournalEntry[] }
  | { version: 2; teamId: string; renames: JournalRename[] };

const TARGET = /^(?:[0-9A-Za-z_-]{1,40}\/)?[0-9A-Za-z_-]{1,40}\.json$/;

const V1 = z.object({
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

const V2 = z.object({
  teamId: z.string().min(1),
  renames: z.array(
    z
      .object({ from: z.string(), to: z.string().regex(TARGET, 'expected a store file path') })
      .refine((r) => r.from.startsWith(`${r.to}.`) && TEMP_SUFFIX.test(r.from), {
        message: 'expected a temp file beside its target',
        path: ['from'],
      }),
  ),
});

export const journalCodec: FileCodec<Journal> = {
  decode(raw, file) {
    const { version, doc } = openEnvelope(raw, FORMAT, VERSION, file);
    if (version === 2) {
      const result = V2.safeParse(doc);
      if (!result.success) throw new StoreCorruptError(file, describeIssue(result.error));
      return { version: 2, teamId: result.data.teamId, renames: result.data.renames };
    }
    const result = V1.safeParse(doc);
    if (!result.success) throw new StoreCorruptError(file, describeIssue(result.error));
    const { teamId, team, files } = result.data;
    return team === undefined ? { version: 1, teamId, files } : { version: 1, teamId, team, files };
  },
  encode: (journal) => JSON.stringify({ format: FORMAT, ...journal }),
};

/** Whether a pending journal brings the team record (so the team exists even without team.json). */
export const journalHasTeam = (journal: Journal): boolean =>
  journal.version === 1 ? journal.team !== undefined : journal.renames.some((r) => r.to === 'team.json');

/** The journal file of a team folder, read and written with its codec. */
export const journalFile = (path: string): DurableJsonFile<Journal> =>
  new DurableJsonFile(path, journalCodec);
