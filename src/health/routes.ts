import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readiness } from './readiness.ts';

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

/**
 * `GET /healthz`: the process answers (liveness: restart it if not). `GET /readyz`: it can serve
 * (readiness: 200, or 503 with the failing checks, so a load balancer sends traffic elsewhere).
 * Returns false for any other request.
 */
export async function handleHealth(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  ready: () => Promise<Readiness>,
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (pathname === '/healthz') {
    send(res, 200, { status: 'ok' });
    return true;
  }
  if (pathname === '/readyz') {
    const r = await ready();
    send(res, r.ok ? 200 : 503, { status: r.ok ? 'ready' : 'not ready', checks: r.checks });
    return true;
  }
  return false;
}
