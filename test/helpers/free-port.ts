/** A TCP port free on 127.0.0.1 right now, for a server a test starts. */
export { freePort } from '../../bench/pg-cluster.ts';
