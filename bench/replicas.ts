import { type ChildProcess, fork } from 'node:child_process';
import { commands } from '../commands/index.ts';
import { openAppStore } from '../src/app-store.ts';
import { createChartRenderer } from '../src/charts/index.ts';
import type { StoreSelection } from '../src/config.ts';
import { dispatch, type Invocation } from '../src/core/dispatch.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createRegistry } from '../src/core/registry.ts';
import { createRng } from '../src/demo/random.ts';
import { BENCH_TEAMS, PROSPECTS_PER_TEAM } from './dataset.ts';

/**
 * 50 users on 2 replicas, each replica a process of its own (its store, its chart workers), as
 * `prospecta start` runs twice behind a load balancer. A user does 12 rounds of: think, `/log`; and
 * every fourth round also think, `/funnel this-week` with its PNG. The users of a team are spread
 * over both replicas (a Teams or web chat load balancer does not keep a team on one replica), so
 * commands of one team are serialized across processes.
 *
 * Think time: exponential, mean `thinkMs` (seeded per user). 1 s is far busier than people typing
 * commands in a chat (50 users then send ~45 commands a second); 0 is a saturation test (50 commands
 * always in flight on 2 CPUs), whose latencies are queueing, reported beside for what it is.
 */
export interface ReplicaPlan {
  readonly selection: StoreSelection;
  readonly dir: string;
  readonly users: readonly number[];
  readonly thinkMs: number;
  readonly rounds: number;
}

export interface ReplicaResult {
  readonly log: number[];
  readonly funnel: number[];
  /** Wall time from "go" to the last user's last answer. */
  readonly elapsedMs: number;
  /** CPU time of this process (every thread) over that time. */
  readonly cpuMs: number;
}

type Message = { type: 'plan'; plan: ReplicaPlan } | { type: 'go' };

/** A typed command of `user`, an admin of `teamId`, from the terminal channel. */
export const inv = (text: string, teamId: string, user = 'bench'): Invocation => ({
  channel: 'cli',
  teamId,
  teamName: teamId,
  user: { id: `cli:${user}`, displayName: user, roleHint: 'admin' },
  input: { kind: 'text', text },
});

export const USERS = 50;
export const REPLICAS = 2;
/** User `u`'s team: 5 users a team over the 10 teams. */
const teamOf = (u: number) => `bench:team-${u % BENCH_TEAMS}`;
/** User `u`'s replica: a team's 5 users on both replicas (3 on one, 2 on the other). */
export const replicaOf = (u: number) => Math.floor(u / BENCH_TEAMS) % REPLICAS;

/** `build/bench.js --replica`: one replica, driven by its parent over IPC. */
export async function serveReplica(): Promise<number> {
  const next = () => new Promise<Message>((resolve) => process.once('message', (m) => resolve(m as Message)));
  const first = await next();
  if (first.type !== 'plan') throw new Error('replica: a plan first');
  const { plan } = first;
  const store = await openAppStore(plan.dir, silentLogger, plan.selection);
  const charts = createChartRenderer({ renderer: 'local', cacheSize: 0, logger: silentLogger });
  const deps = { store, registry: createRegistry(commands), logger: silentLogger, clock: () => new Date() };
  const run = async (text: string, teamId: string, user: string): Promise<number> => {
    const started = performance.now();
    const r = await dispatch(inv(text, teamId, user), deps);
    if (r.error) throw new Error(`${text}: ${r.error.message}`);
    for (const b of r.blocks) if (b.type === 'chart') await charts.render(b.spec);
    return performance.now() - started;
  };
  // Warm: every team loaded (cold loads are measured apart), the code paths and chart workers run.
  for (let t = 0; t < BENCH_TEAMS; t++) {
    await run(`/log kind:call outcome:reached prospect:P-${1 + t} note:"warm-up"`, `bench:team-${t}`, 'warm');
    await run('/funnel this-week', `bench:team-${t}`, 'warm');
  }
  process.send?.({ type: 'ready' });
  if ((await next()).type !== 'go') throw new Error('replica: go expected');
  const log: number[] = [];
  const funnel: number[] = [];
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(
    plan.users.map(async (u) => {
      const rng = createRng(1000 + u);
      const think = () =>
        new Promise((resolve) =>
          setTimeout(resolve, plan.thinkMs === 0 ? 0 : -Math.log(1 - rng.next()) * plan.thinkMs),
        );
      const teamId = teamOf(u);
      for (let i = 0; i < plan.rounds; i++) {
        await think();
        const prospect = 1 + ((u * 97 + i) % PROSPECTS_PER_TEAM);
        log.push(await run(`/log kind:call outcome:reached prospect:P-${prospect}`, teamId, `u${u}`));
        if (i % 4 !== 3) continue;
        await think();
        funnel.push(await run('/funnel this-week', teamId, `u${u}`));
      }
    }),
  );
  const elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const result: ReplicaResult = { log, funnel, elapsedMs, cpuMs: (cpu.user + cpu.system) / 1000 };
  process.send?.({ type: 'result', result });
  await charts.close();
  await store.close();
  return 0;
}

function once<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { type: string; result?: T }) => {
      if (m.type !== type) return;
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(m.result as T);
    };
    const onExit = (code: number | null) => reject(new Error(`replica exited (${code}) before "${type}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Starts the replicas, waits until each is warm, lets the users go at once, and gathers the figures. */
export async function runReplicas(
  selection: StoreSelection,
  dir: string,
  opts: { thinkMs: number; rounds: number },
): Promise<{ log: number[]; funnel: number[]; elapsedMs: number; cpuMs: number }> {
  const script = process.argv[1] as string;
  const children = Array.from({ length: REPLICAS }, () =>
    fork(script, ['--replica'], { execArgv: process.execArgv, stdio: 'inherit' }),
  );
  const exited = children.map((c) => new Promise((resolve) => c.once('exit', resolve)));
  try {
    const ready = children.map((c) => once<void>(c, 'ready'));
    children.forEach((c, r) => {
      const users = Array.from({ length: USERS }, (_, u) => u).filter((u) => replicaOf(u) === r);
      const plan: ReplicaPlan = { selection, dir, users, ...opts };
      c.send({ type: 'plan', plan });
    });
    await Promise.all(ready);
    const results = children.map((c) => once<ReplicaResult>(c, 'result'));
    for (const c of children) c.send({ type: 'go' });
    const done = await Promise.all(results);
    await Promise.all(exited);
    return {
      log: done.flatMap((d) => d.log),
      funnel: done.flatMap((d) => d.funnel),
      elapsedMs: Math.max(...done.map((d) => d.elapsedMs)),
      cpuMs: done.reduce((s, d) => s + d.cpuMs, 0),
    };
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill();
  }
}
