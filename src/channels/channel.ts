/**
 * A transport between a chat platform and the core (Slack Bolt's receiver shape): it translates
 * platform events into `dispatch` invocations and replies back, nothing more.
 */
export interface Channel {
  readonly name: string;
  /** Starts listening; resolves once ready, with where it listens (for the start-up log). */
  start(): Promise<{ where: string }>;
  /** Stops taking new events and finishes what is in flight. */
  stop(): Promise<void>;
}
