import { createLocalRenderer } from '../../src/charts/local-renderer.ts';
import { measureChartRendering } from '../../src/charts/measure.ts';
const threads = Number(process.argv[2] ?? 2);
const r = createLocalRenderer({ cacheSize: 0, threads });
await r.warmUp();
const delays: number[] = []; const p50: number[] = [];
for (let k = 0; k < 15; k++) { const f = await measureChartRendering(r, { runs: 10, warmUpRuns: 2 }); delays.push(f.concurrentMaxLoopDelayMs); p50.push(f.p50Ms); }
console.log('threads', threads, 'loop delays', delays.sort((a, b) => a - b).join(' '), '| p50s', p50.sort((a, b) => a - b).join(' '));
await r.close();
