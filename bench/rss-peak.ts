import { Worker } from 'node:worker_threads';

// A thread samples the process's resident memory: it keeps sampling while the main thread is busy.
const SAMPLER = `
const { parentPort } = require('node:worker_threads');
let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage.rss()); };
const timer = setInterval(sample, 5);
parentPort.on('message', (m) => {
  if (m === 'reset') { peak = 0; sample(); parentPort.postMessage(peak); }
  else { sample(); clearInterval(timer); parentPort.postMessage(peak); }
});`;

/** The peak resident memory of this process while `fn` runs, sampled every 5 ms by another thread. */
export async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ result: T; peak: number }> {
  const worker = new Worker(SAMPLER, { eval: true });
  const ask = (m: string) =>
    new Promise<number>((resolve) => {
      worker.once('message', resolve);
      worker.postMessage(m);
    });
  try {
    await ask('reset');
    const result = await fn();
    return { result, peak: await ask('stop') };
  } finally {
    await worker.terminate();
  }
}

/**
 * The process's memory at rest: after a full collection and half a second idle. Right after `gc()`,
 * V8 is still unmapping the freed pages on a background thread: read then, resident memory was up to
 * 150 MB higher than 300 ms later (measured after 300 `/log`s: 343 MB, then 187 MB).
 */
export async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 500));
  return process.memoryUsage();
}
