import type { z } from 'zod';
import type { FileText } from './atomic-fs.ts';
import { decodeBinary, encodeBinary } from './binary-file.ts';
import { type CanonicalCheck, compileCanonicalCheck } from './canonical-check.ts';
import { type FileCodec, openEnvelope } from './durable-file.ts';
import { StoreCorruptError } from './errors.ts';
import { RecentWeakCache } from './recent-cache.ts';
import type { BinaryLayout, CollectionDef } from './types.ts';
import { deepFreeze, describeIssue, validateItems } from './validate.ts';

const TEAM_FORMAT = 'prospecta/team';
const TEAM_VERSION = 1;

/** Codec of `team.json`: `{"format":"prospecta/team","version":1,"team":{...}}`. */
export function teamCodec<T>(schema: z.ZodType<T, unknown>): FileCodec<T> {
  return {
    decode(raw, file) {
      const { doc } = openEnvelope(raw, TEAM_FORMAT, TEAM_VERSION, file);
      const result = schema.safeParse(doc.team);
      if (!result.success) throw new StoreCorruptError(file, `team: ${describeIssue(result.error)}`);
      return deepFreeze(result.data);
    },
    encode: (team) => JSON.stringify({ format: TEAM_FORMAT, version: TEAM_VERSION, team }),
  };
}

/** Brings version-`from` items up to `def.version` with the registered migrations, one step at a time. */
export function migrateItems<T extends { id: string }>(
  def: CollectionDef<T>,
  from: number,
  items: unknown[],
  file: string,
): unknown[] {
  let current = items;
  for (let k = from; k < def.version; k++) {
    const step = def.migrations?.[k];
    if (!step) throw new StoreCorruptError(file, `no migration of ${def.name} from version ${k} to ${k + 1}`);
    try {
      current = step(current);
    } catch (err) {
      throw new StoreCorruptError(file, `migration from version ${k} failed: ${(err as Error).message}`, {
        cause: err,
      });
    }
    if (!Array.isArray(current))
      throw new StoreCorruptError(file, `migration from version ${k} returned no array`);
  }
  return current;
}

/** A string field this long is written to the file as it is, not copied into the item's JSON. */
const LONG_TEXT = 16 * 1024;
// What JSON.stringify would escape in a string: quote, backslash, controls, and any surrogate (a
// lone one is escaped; a string holding none needs no look at pairs).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what JSON.stringify escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Whether an item has a top-level string field of `LONG_TEXT` characters or more. */
function hasLongText(item: object): boolean {
  for (const v of Object.values(item)) if (typeof v === 'string' && v.length >= LONG_TEXT) return true;
  return false;
}

/**
 * `JSON.stringify(item)` as parts pushed on `out`, joined they are the same text: the long string
 * fields that need no escaping (base64, say) are pushed as they are instead of being copied.
 */
export function jsonParts(item: object, out: string[]): void {
  let sep = '{';
  for (const [key, v] of Object.entries(item)) {
    const json =
      typeof v === 'string' && v.length >= LONG_TEXT && !NEEDS_ESCAPE.test(v) ? null : JSON.stringify(v);
    if (json === undefined) continue; // undefined, functions, symbols: left out, as JSON.stringify does
    out.push(`${sep}${JSON.stringify(key)}:`);
    sep = ',';
    if (json === null) out.push('"', v as string, '"');
    else out.push(json);
  }
  out.push(sep === '{' ? '{}' : '}');
}

/** One text of a file's parts (an envelope member: a few receipts at most; tests). */
export function joined(text: FileText): string {
  if (typeof text === 'string') return text;
  return text
    .map((p) => {
      if (typeof p === 'string') return p;
      if (p instanceof Uint8Array) return Buffer.from(p).toString('utf8');
      return p.list.slice(p.from).join(p.sep);
    })
    .join('');
}

/** The binary side of a collection file's codec (see binary-file.ts). */
function binaryCodec<T extends { id: string }>(
  def: CollectionDef<T>,
  layout: BinaryLayout<T>,
  format: string,
  canonical: CanonicalCheck | null,
): NonNullable<FileCodec<T[]>['binary']> {
  return {
    encode(items, carried) {
      const split = items.map((item) => layout.split(item));
      return encodeBinary({
        format,
        version: def.version,
        fields: split.map((s) => s.fields),
        blocks: split.map((s) => s.blocks),
        carried: carried === undefined ? undefined : joined(carried),
      });
    },
    decode(bytes, file) {
      const d = decodeBinary(bytes, file);
      const { version } = openEnvelope({ format: d.format, version: d.version }, format, def.version, file);
      const items = d.fields.map((fields, i) => layout.join(fields, d.blocks[i] as Uint8Array[]));
      const data = validateItems(def.schema, migrateItems(def, version, items, file), file, canonical);
      return { data, carried: d.carried };
    },
  };
}

/** A collection file's codec, with a cheap path for the commonest commit: new items at the end. */
export interface CollectionCodec<T> extends FileCodec<T[]> {
  /** `[...prev, ...added]`; when `prev` was encoded here, the new text extends its text. */
  append(prev: T[], added: readonly T[]): T[];
}

/**
 * Files of one collection a team encodes before its cached JSON of a shard (and of the shard's
 * items) not written since is let go: this week's shard, written by nearly every commit, stays.
 */
const CACHE_SPAN = 64;

/** Codec of one collection file: `{"format":"prospecta/<name>","version":N,"items":[...]}`. */
export function collectionCodec<T extends { id: string }>(def: CollectionDef<T>): CollectionCodec<T> {
  const format = `prospecta/${def.name}`;
  const canonical = compileCanonicalCheck(def.schema);
  const head = `{"format":${JSON.stringify(format)},"version":${def.version},"items":[`;
  // Items are deep-frozen, so an item object always serializes the same: a commit stringifies only
  // the items it changed and joins the rest, instead of the whole shard. Weak, so replaced items go;
  // and recent only, so the items of a shard written once are not kept twice (as objects and as JSON).
  const serialized = new RecentWeakCache<T, string>(CACHE_SPAN);
  const itemJson = (item: T): string => {
    let json = serialized.get(item);
    if (json === undefined) {
      json = JSON.stringify(item);
      if (Object.isFrozen(item)) serialized.set(item, json);
    }
    return json;
  };
  // The item texts of the arrays encoded last, i.e. of each recently written shard's current content
  // (arrays held by the store are never mutated). Appending extends the list instead of stringifying
  // thousands of items again; the file is written from the list (parts), never from one joined text:
  // a joined text was copied whole at each append (V8 flattens a string built by concatenation
  // before slicing or writing it): on the bench's busy shard a /log allocated 917 KB, 529 KB since.
  const texts = new RecentWeakCache<T[], readonly string[]>(CACHE_SPAN);
  const partsOf = (list: readonly string[]): FileText => [head, { list, from: 0, sep: ',' }, ']}'];
  return {
    ...(def.binary && { binary: binaryCodec(def, def.binary, format, canonical) }),
    decode(raw, file) {
      const { version, doc } = openEnvelope(raw, format, def.version, file);
      if (!Array.isArray(doc.items)) throw new StoreCorruptError(file, '"items" is not an array');
      return validateItems(def.schema, migrateItems(def, version, doc.items, file), file, canonical);
    },
    encode(items) {
      serialized.tick();
      texts.tick();
      const cached = texts.get(items);
      if (cached !== undefined) return partsOf(cached);
      // A shard holding a big item (a month of sales lines: ~1 MB of base64) is written as parts:
      // its long texts go to the file as they are, with no JSON copy of them and nothing cached.
      const long = items.map(hasLongText);
      if (long.includes(true)) {
        const parts = [head];
        items.forEach((item, i) => {
          if (i > 0) parts.push(',');
          if (long[i]) jsonParts(item, parts);
          else parts.push(itemJson(item));
        });
        parts.push(']}');
        return parts;
      }
      const list = items.map(itemJson);
      texts.set(items, list);
      return partsOf(list);
    },
    append(prev, added) {
      const next = prev.concat(added);
      const prevList = texts.get(prev);
      if (prevList !== undefined && added.length > 0 && !added.some(hasLongText)) {
        texts.set(next, prevList.concat(added.map(itemJson)));
      }
      return next;
    },
  };
}
