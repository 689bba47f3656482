import type { ChartSpecInput } from '../charts/spec.ts';
import type { PostHandle } from './conversations/post-handle.ts';
import type { PostOwner } from './conversations/store.ts';

/**
 * The channel-neutral answer to a command: a small element tree that each channel converts
 * (plain text, Discord embeds, Adaptive Cards). Strings are already localized.
 */
export type Block =
  /** `lang`: the text's language when it is not the reply's own (a notice given in both languages). */
  | { type: 'text'; text: string; lang?: 'fr' | 'en' }
  | { type: 'fields'; fields: Field[] }
  | { type: 'table'; columns: Column[]; rows: string[][]; caption?: string; page?: TablePage }
  | { type: 'chart'; spec: ChartSpecInput };

export interface Field {
  label: string;
  value: string;
  inline?: boolean;
}

/**
 * A table that is one page of a longer list, and how to ask for the rows after it: a channel that
 * shows fewer rows (a message size budget) or a list longer than the page offers a *Suite* / *More*
 * button running `command option:<rank of the next row>`.
 */
export interface TablePage {
  /** The rank (0-based) of the table's first row in the whole list. */
  offset: number;
  /** How many rows the whole list has. */
  total: number;
  /** The command that lists it, as typed in the reply's language, without the start option. */
  command: string;
  /** The start option's name in the reply's language (`début`, `from`); its value is a 1-based rank. */
  option: string;
}

export interface Column {
  label: string;
  align?: 'left' | 'right';
}

/** A natural next step, shown as a button where the channel has them: runs `command` as typed text. */
export interface FollowUp {
  label: string;
  command: string;
}

/** A file the reply delivers (an export): channels attach it, the terminal writes it to the output folder. */
export interface ReplyFile {
  /** A plain file name, `rgpd-P-12.csv`. */
  name: string;
  mimeType: string;
  /** The file's text (written as UTF-8), or its bytes (a workbook, a PDF). */
  content: string | Uint8Array;
}

export interface ReplyError {
  code: string;
  message: string;
  field?: string;
  /** Set for unexpected errors: the id under which the details were logged. */
  errorId?: string;
}

export interface Reply {
  title?: string;
  tone: 'info' | 'success' | 'warning' | 'error';
  /** `private`: only the user who asked sees it (errors, personal data); `shared`: the channel. */
  visibility: 'private' | 'shared';
  blocks: Block[];
  followUps: FollowUp[];
  /**
   * The id of the record this reply saved (`A-1042`, `P-151`): shown by channels, and given back
   * when the same submission is delivered again (exactly once).
   */
  reference?: string;
  /** Machine-readable figures under DOMAIN ids, exact and unrounded (`--json`). */
  data?: Record<string, unknown>;
  error?: ReplyError;
  /** Files delivered with the reply (private replies only: an export of personal data). */
  files?: ReplyFile[];
  /** The language the strings are in; set by dispatch. */
  locale?: 'fr' | 'en';
  /** What to post in the team's shared channel once the command committed (see core/effects/broadcast.ts). */
  broadcast?: Reply;
  /**
   * The record the `broadcast` is about (`notes`, `W-3`): once posted, the post's handle is kept in
   * its `post` field, so that an edit or a delete can change the post later.
   */
  broadcastOf?: PostOwner;
  /** An earlier shared post to change once the command committed: replaced by `reply`, removed without. */
  repost?: { post: PostHandle; reply?: Reply };
  /** Private notices to other members once the command committed (watch subscriptions). */
  notify?: { memberIds: string[]; reply: Reply };
  /**
   * The answer's heavy part, made once the command committed and the team's lock is released (a
   * dossier's render: a worker's seconds, while the team's other commands go on). Dispatch puts its
   * title, blocks (before the answer's own), files and data in the answer: channels never see it.
   * For read-only work: the command's writes are committed before it runs, so its failure answers an
   * error and undoes nothing.
   */
  finish?: () => Promise<FinishedPart>;
}

/** What `Reply.finish` makes. */
export type FinishedPart = Pick<Reply, 'title' | 'blocks' | 'files' | 'data'>;

export function reply(init: Partial<Reply> & Pick<Reply, 'blocks'>): Reply {
  return { tone: 'info', visibility: 'private', followUps: [], ...init };
}

export const text = (t: string): Block => ({ type: 'text', text: t });
export const fields = (f: Field[]): Block => ({ type: 'fields', fields: f });
export const table = (columns: Column[], rows: string[][], caption?: string, page?: TablePage): Block => ({
  type: 'table',
  columns,
  rows,
  ...(caption !== undefined && { caption }),
  ...(page && { page }),
});
export const chart = (spec: ChartSpecInput): Block => ({ type: 'chart', spec });
