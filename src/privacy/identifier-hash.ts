import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fold, type Person, phoneDigits } from './person-match.ts';

/** The per-installation secret of the keyed hashes, in the data folder (never in a team's files). */
export const KEY_FILE = '.privacy-key';

/**
 * The installation's secret, created on first use (32 random bytes, readable by its owner only).
 * Kept beside the teams so that a copy of the data folder keeps detecting re-imports.
 */
export function installationKey(dataDir: string): Buffer {
  const file = path.join(dataDir, KEY_FILE);
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch {
    const key = randomBytes(32).toString('hex');
    try {
      // `wx`: of two processes creating it at once, one wins and the other reads the winner's key.
      writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // a read-only or full disk says so
      return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    }
    return Buffer.from(key, 'hex');
  }
}

/** The canonical forms hashed: `n:` folded name, `e:` folded e-mail, `t:` phone digits. */
function canonical(person: Pick<Person, 'names' | 'emails' | 'phones'>): string[] {
  return [
    ...person.names.map((n) => `n:${fold(n).trim().replace(/\s+/g, ' ')}`),
    ...person.emails.map((e) => `e:${fold(e).trim()}`),
    ...person.phones.map((p) => `t:${phoneDigits(p)}`),
  ].filter((c) => c.length > 3);
}

/** Keyed hashes (HMAC-SHA256) of a person's identifiers: comparable, not reversible without the key. */
export function identifierHashes(key: Buffer, person: Pick<Person, 'names' | 'emails' | 'phones'>): string[] {
  return [...new Set(canonical(person).map((c) => createHmac('sha256', key).update(c).digest('hex')))];
}

/** The hashes of a record's own identifiers (a prospect, an import row). */
export function recordHashes(
  key: Buffer,
  x: { name?: string | undefined; email?: string | undefined; phone?: string | undefined },
): string[] {
  return identifierHashes(key, {
    names: x.name ? [x.name] : [],
    emails: x.email ? [x.email] : [],
    phones: x.phone ? [x.phone] : [],
  });
}
