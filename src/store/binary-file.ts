import zlib from 'node:zlib';
import { StoreCorruptError } from './errors.ts';

/**
 * The file of a collection with a `BinaryLayout` (see types.ts): its items' small fields as JSON,
 * their byte blocks as they are in memory, so a load is one read and typed-array views over it,
 * with no JSON or base64 of the bytes. Little-endian, every block at a multiple of 8 bytes:
 *
 *   0   magic `PRSPBIN1`
 *   8   u32 byte length of the header
 *   12  u32 CRC-32 of every byte from 16 to the end
 *   16  header: `{"format","version","items":[fields…],"blocks":[[byteLength…]…],"carried"?}`,
 *       padded with spaces to a multiple of 8
 *   …   each item's blocks in order, each padded with zeros to a multiple of 8
 */

export const BINARY_MAGIC = Buffer.from('PRSPBIN1', 'latin1');
const PREFIX = 16;

const pad8 = (n: number): number => (n + 7) & ~7;
const ZEROS = new Uint8Array(8);

/** Whether a file's bytes are a binary file (else they are a JSON file of an older version). */
export const isBinaryFile = (bytes: Uint8Array): boolean =>
  bytes.length >= PREFIX && BINARY_MAGIC.equals(bytes.subarray(0, 8));

// Node ≥ 20.15 has a native CRC-32; before it, this table-driven one (same polynomial, same value).
let table: Int32Array | undefined;
function jsCrc32(bytes: Uint8Array, value = 0): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let c = ~value;
  for (let i = 0; i < bytes.length; i++) c = (table[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}
const crc32: (bytes: Uint8Array, value?: number) => number =
  (zlib as { crc32?: (b: Uint8Array, v?: number) => number }).crc32 ?? jsCrc32;

export interface BinaryContent {
  format: string;
  version: number;
  /** Each item's small fields (JSON-serializable). */
  fields: readonly object[];
  /** Each item's byte blocks. */
  blocks: readonly (readonly ArrayBufferView[])[];
  /** The envelope's `carried` member as JSON text (`,"carried":{…}`), if any. */
  carried?: string | undefined;
}

/** The file's bytes, as parts to write one after the other (the blocks are not copied). */
export function encodeBinary(content: BinaryContent): Uint8Array[] {
  const sizes = content.blocks.map((list) => list.map((b) => b.byteLength));
  const json = `{"format":${JSON.stringify(content.format)},"version":${content.version},"items":${JSON.stringify(content.fields)},"blocks":${JSON.stringify(sizes)}${content.carried ?? ''}}`;
  const headerBytes = Buffer.byteLength(json);
  const head = Buffer.alloc(PREFIX + pad8(headerBytes), ' ');
  BINARY_MAGIC.copy(head, 0);
  head.write(json, PREFIX, 'utf8');
  head.writeUInt32LE(headerBytes, 8);
  const parts: Uint8Array[] = [head];
  for (const list of content.blocks)
    for (const b of list) {
      const bytes = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      parts.push(bytes);
      const pad = pad8(bytes.length) - bytes.length;
      if (pad > 0) parts.push(ZEROS.subarray(0, pad));
    }
  let crc = crc32(head.subarray(PREFIX));
  for (let i = 1; i < parts.length; i++) crc = crc32(parts[i] as Uint8Array, crc);
  head.writeUInt32LE(crc, 12);
  return parts;
}

export interface DecodedBinary {
  format: unknown;
  version: unknown;
  fields: unknown[];
  /** Views into the file's bytes, each starting at a multiple of 8 of an 8-aligned buffer. */
  blocks: Uint8Array[][];
  carried: unknown;
}

/** Checks and opens a binary file's bytes; anything amiss is `StoreCorruptError` naming `file`. */
export function decodeBinary(raw: Uint8Array, file: string): DecodedBinary {
  const bad = (reason: string): never => {
    throw new StoreCorruptError(file, reason);
  };
  if (!isBinaryFile(raw)) bad('not a binary store file');
  // Typed arrays over the blocks need the bytes 8-aligned in memory: a read of a big file is.
  const bytes = raw.byteOffset % 8 === 0 ? raw : new Uint8Array(raw);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerBytes = view.getUint32(8, true);
  const blocksAt = PREFIX + pad8(headerBytes);
  if (blocksAt > bytes.length) bad(`cut short: ${bytes.length} bytes, its header alone needs ${blocksAt}`);
  const crc = crc32(bytes.subarray(PREFIX));
  if (crc !== view.getUint32(12, true)) bad('checksum mismatch (the file was changed or cut)');
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + PREFIX, headerBytes).toString('utf8'));
  } catch (err) {
    throw new StoreCorruptError(file, `header is not valid JSON (${(err as Error).message})`, { cause: err });
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header))
    return bad('header is not an object');
  const { items, blocks: sizes } = header;
  if (!Array.isArray(items) || !Array.isArray(sizes) || sizes.length !== items.length)
    return bad('header: "items" and "blocks" are not two arrays of the same length');
  let at = blocksAt;
  const blocks = sizes.map((list: unknown, i) => {
    if (!Array.isArray(list)) return bad(`header: blocks of item ${i} are not an array`);
    return list.map((size: unknown) => {
      if (typeof size !== 'number' || !Number.isInteger(size) || size < 0 || at + size > bytes.length)
        return bad(`header: a block of item ${i} is not within the file`);
      const block = bytes.subarray(at, at + size);
      at += pad8(size);
      return block;
    });
  });
  if (at !== bytes.length) bad(`${bytes.length - at} bytes after the last block`);
  return { format: header.format, version: header.version, fields: items, blocks, carried: header.carried };
}
