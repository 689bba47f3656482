import type { PostHandle } from '../channels/post-handle.ts';
import type { ChartSpecInput } from '../charts/spec.ts';

/**
 * The channel-neutral answer to a command: a small element tree that each channel converts
 * (plain text, Discord embeds, Adaptive Cards). Strings are already localized.
 */
export type Block =
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: Field[] }
  | { type: 'table'; columns: Column[]; rows: string[][]; caption?: string }
  | { type: 'chart'; spec: ChartSpecInput };

export interface Field {
  label: string;
  value: string;
  inline?: boolean;
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
  /** The language the strings are in; set by dispatch. */
  locale?: 'fr' | 'en';
  /** What to post in the team's shared channel once the command committed (see channels/broadcast.ts). */
  broadcast?: Reply;
  /**
   * The record the `broadcast` is about (`notes`, `W-3`): once posted, the post's handle is kept in
   * its `post` field, so that an edit or a delete can change the post later.
   */
  broadcastOf?: { collection: string; id: string };
  /** An earlier shared post to change once the command committed: replaced by `reply`, removed without. */
  repost?: { post: PostHandle; reply?: Reply };
  /** Private notices to other members once the command committed (watch subscriptions). */
  notify?: { memberIds: string[]; reply: Reply };
}

export function reply(init: Partial<Reply> & Pick<Reply, 'blocks'>): Reply {
  return { tone: 'info', visibility: 'private', followUps: [], ...init };
}

export const text = (t: string): Block => ({ type: 'text', text: t });
export const fields = (f: Field[]): Block => ({ type: 'fields', fields: f });
export const table = (columns: Column[], rows: string[][], caption?: string): Block =>
  caption === undefined ? { type: 'table', columns, rows } : { type: 'table', columns, rows, caption };
export const chart = (spec: ChartSpecInput): Block => ({ type: 'chart', spec });
