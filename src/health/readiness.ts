import type { Channel } from '../channels/channel.ts';
import type { Logger } from '../core/logger.ts';
import type { Store } from '../store/types.ts';

/** One thing `/readyz` looks at. */
export interface Check {
  ok: boolean;
  detail: string;
}

/** Whether this process should get traffic: the store answers, and every channel that can tell is connected. */
export interface Readiness {
  ok: boolean;
  checks: Record<string, Check>;
}

/** A store slower than this counts as unreachable (a load balancer's probe must not hang). */
const STORE_TIMEOUT_MS = 2000;

async function storeCheck(store: Store, logger: Logger, timeoutMs: number): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    // Listing the teams touches the engine itself (the data folder, the database), not a cache.
    await Promise.race([store.listTeams(), late]);
    return { ok: true, detail: 'reachable' };
  } catch (e) {
    // The reason goes to the log only: the probe answers anyone who can reach the port.
    logger.error('readiness: store unreachable', { error: e instanceof Error ? e.message : String(e) });
    return { ok: false, detail: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

/** The store and the channels that report their connection (Discord), checked now. */
export async function readiness(
  deps: { store: Store; logger: Logger; channels: readonly Channel[] },
  timeoutMs = STORE_TIMEOUT_MS,
): Promise<Readiness> {
  const checks: Record<string, Check> = { store: await storeCheck(deps.store, deps.logger, timeoutMs) };
  for (const channel of deps.channels) {
    const health = channel.health?.();
    if (health) checks[channel.name] = health;
  }
  return { ok: Object.values(checks).every((c) => c.ok), checks };
}
