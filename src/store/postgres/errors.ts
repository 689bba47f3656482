/** Why the PostgreSQL store cannot be used: the URL is malformed, or the server cannot be reached or refuses us. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  /** `bad_url`: not a postgres:// URL; `unreachable`: connection or authentication failed. */
  readonly reason: 'bad_url' | 'unreachable';
  /** The URL without its password, safe to print. */
  readonly url: string;

  constructor(reason: 'bad_url' | 'unreachable', url: string, detail: string, options?: { cause?: unknown }) {
    super(`PostgreSQL store ${url}: ${detail}`, options);
    this.reason = reason;
    this.url = url;
  }
}

/** The URL with its password replaced by `***`, for messages and logs. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}
