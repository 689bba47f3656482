import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE = '.webchat-secret';
const SHAPE = /^[A-Za-z0-9_-]{32,128}$/;

/**
 * The installation's web chat secret, as Jupyter's token: read from `<dataDir>/.webchat-secret`,
 * made (32 random bytes, mode 0600) on first start. The page and its API answer 403 without it.
 * A data folder that cannot be written gets a secret for this run only.
 */
export function webChatSecret(dataDir: string): string {
  const file = path.join(dataDir, FILE);
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (SHAPE.test(kept)) return kept;
  } catch {
    // none yet
  }
  const made = randomBytes(32).toString('base64url');
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${made}\n`, { mode: 0o600 });
  } catch {
    // read-only data folder: this run's secret only
  }
  return made;
}

/** Constant-time comparison of a presented key with the secret. */
export function sameSecret(presented: string | null | undefined, secret: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
