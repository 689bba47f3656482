import { randomBytes } from 'node:crypto';
import { runButtonId } from './reply-embeds.ts';

/** The custom id of a button whose command is kept here (`run#<key>`), not in the id itself. */
export const LONG_BUTTON_PREFIX = 'run#';

/**
 * Follow-up commands too long for a Discord custom id (100 characters: a `/log` typed again with its
 * note, from a "did you mean" question), kept in memory under a short key for a day. A restart
 * forgets them: the click then asks to type the command again.
 */
export class LongButtons {
  readonly #items = new Map<string, { command: string; expires: number }>();
  constructor(
    private readonly ttlMs = 24 * 3_600_000,
    private readonly max = 10_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The button's custom id: the command itself when it fits, else a key to it. */
  buttonId(command: string): string {
    const short = runButtonId(command);
    if (short) return short;
    const now = this.clock();
    for (const [k, v] of this.#items) if (v.expires <= now) this.#items.delete(k);
    while (this.#items.size >= this.max) this.#items.delete(this.#items.keys().next().value as string);
    const key = randomBytes(8).toString('hex');
    this.#items.set(key, { command, expires: now + this.ttlMs });
    return `${LONG_BUTTON_PREFIX}${key}`;
  }

  /** The command of a `run#<key>` button, or undefined when forgotten (expired, restarted). */
  command(customId: string): string | undefined {
    const item = this.#items.get(customId.slice(LONG_BUTTON_PREFIX.length));
    return item && item.expires > this.clock() ? item.command : undefined;
  }
}
