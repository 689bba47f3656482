/** Host names that reach this computer only. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * Where the HTTP server listens. Local mode (no Bot Framework credentials) accepts anyone's
 * activities, so it binds to loopback only and refuses any other HOST; with credentials every
 * request is authenticated and it listens where HOST says (all interfaces by default).
 */
export function bindAddress(host: string | undefined, authenticated: boolean): string {
  if (authenticated) return host ?? '0.0.0.0';
  if (host === undefined || host === 'localhost') return '127.0.0.1';
  if (LOOPBACK.has(host)) return host.replace(/^\[|\]$/g, '');
  throw new Error(
    `HOST=${host} refused: without MicrosoftAppId/MicrosoftAppPassword the bot checks no one, so it only listens on this computer (127.0.0.1). Unset HOST, or set the Bot Framework credentials to listen on ${host}.`,
  );
}

/** In local mode, a request must name a loopback host: a web page on another name (DNS rebinding) is refused. */
export function isLoopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return LOOPBACK.has(name ?? '');
}
