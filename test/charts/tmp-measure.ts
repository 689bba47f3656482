import { createChartRenderer, measureChartRendering } from '../../src/charts/index.ts';
const r = createChartRenderer({ renderer: 'local', cacheSize: 0 });
for (let k = 0; k < 3; k++) console.log(JSON.stringify(await measureChartRendering(r, { runs: 100, warmUpRuns: 20 })));
await r.close();
