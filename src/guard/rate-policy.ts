import type { ChannelId } from '../core/command.ts';

/** Which limits a channel's commands pass (the limits themselves: `DEFAULT_RATE_LIMITS`). */
export interface ChannelRatePolicy {
  /** The user's own line (2 running, 8 waiting) and bucket, in the process that serves them. */
  readonly perUser: boolean;
  /** The team's bucket, shared by every process on the same data folder or database. */
  readonly perTeam: boolean;
}

/**
 * The one rate-limit policy, every channel in it. Chat platforms limit users and teams. The
 * terminal is one person at their own machine: a script's lines run one after the other and are
 * never held in a user's line, but they count against the team's shared bucket like any other
 * command, so that terminals and servers on the same data cannot together flood a team.
 */
export const RATE_POLICY: Readonly<Record<ChannelId, ChannelRatePolicy>> = {
  discord: { perUser: true, perTeam: true },
  teams: { perUser: true, perTeam: true },
  web: { perUser: true, perTeam: true },
  cli: { perUser: false, perTeam: true },
};
