import { createLocalRenderer } from '../../src/charts/local-renderer.ts';
import { measureChartRendering } from '../../src/charts/measure.ts';
const threads = Number(process.argv[3] ?? 2);
const r = createLocalRenderer({ cacheSize: 0, threads });
await r.warmUp();
for (let k = 0; k < 3; k++) console.log(JSON.stringify(await measureChartRendering(r, { runs: Number(process.argv[2] ?? 100), warmUpRuns: 30 })));
await r.close();
