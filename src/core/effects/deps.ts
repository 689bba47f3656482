import type { ConversationStore } from '../conversations/store.ts';
import type { Logger } from '../logger.ts';
import type { Outlet } from './outlet.ts';

/** What a reply's effects need: the running channels' outlets, where the team speaks, a log. */
export interface EffectDeps {
  readonly outlets: () => readonly Outlet[];
  readonly conversations: ConversationStore;
  readonly logger: Logger;
}
