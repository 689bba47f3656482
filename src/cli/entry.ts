import { main } from './main.ts';

// The bundled entry point (build/prospecta.js, see scripts/build.mjs); bin/prospecta.js runs it while it is
// newer than the sources, and the sources through tsx otherwise.
process.exitCode = await main(process.argv.slice(2));
