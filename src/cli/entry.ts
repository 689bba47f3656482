import { main } from './main.ts';

// The bundled entry point (build/prospecta.js, see scripts/build.mjs); bin/prospecta.js runs the sources.
process.exitCode = await main(process.argv.slice(2));
