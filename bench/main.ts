/**
 * `npm run bench`: the benchmark's own entry (bundled to build/bench.js), apart from the shipped
 * `prospecta` command line, which does not carry the benchmark. Arguments as `runBench` reads them
 * (`--quick`, `--portfolio`, `once`, …).
 */
import v8 from 'node:v8';
import { runBench } from './run.ts';

// The same heap tuning as the command line (src/cli/main.ts): the figures are the bot's.
v8.setFlagsFromString('--heap-growing-percent=50');
process.exitCode = await runBench(process.argv.slice(2));
