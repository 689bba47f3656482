import type { Adapter } from 'lowdb';
import {
  type FileStamp,
  type FileText,
  readStamped,
  readStampedBytes,
  type StagedFile,
  stageDurable,
  writeDurable,
} from './atomic-fs.ts';
import { isBinaryFile } from './binary-file.ts';
import { StoreCorruptError } from './errors.ts';

/** Turns parsed JSON into trusted data (throwing `StoreCorruptError`) and back into JSON text. */
export interface FileCodec<T> {
  decode(raw: unknown, file: string): T;
  /**
   * Compact JSON (no indentation: shards are rewritten on every commit and parsed on every load),
   * as one text or as parts written in order.
   */
  encode(data: T): FileText;
  /**
   * A collection with a binary layout: its files are written in binary (binary-file.ts) with the
   * carried member in the header; `decode` above still reads a file written as JSON before.
   */
  readonly binary?: {
    encode(data: T, carried: FileText | undefined): Uint8Array[];
    decode(bytes: Uint8Array, file: string): { data: T; carried: unknown };
  };
}

// Out of descriptors or memory is a passing condition of this process, not a property of the file.
const TRANSIENT = new Set(['EMFILE', 'ENFILE', 'EAGAIN', 'ENOMEM', 'EINTR']);

/**
 * lowdb adapter for one store file: durable atomic writes, validated reads. It remembers the stamp of
 * the version last read or written, so the store can tell when another process replaced the file.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  stamp: FileStamp | null = null;
  /** The envelope's `carried` member as last read, unchecked (see carried.ts). */
  carried: unknown;

  constructor(
    readonly file: string,
    private readonly codec: FileCodec<T>,
  ) {}

  /** The decoded content, or null when the file does not exist; never modifies the file. */
  async read(): Promise<T | null> {
    let got: { text: string; stamp: FileStamp } | null;
    try {
      if (this.codec.binary) {
        const bytes = await readStampedBytes(this.file);
        if (bytes && isBinaryFile(bytes.bytes)) {
          const { data, carried } = this.codec.binary.decode(bytes.bytes, this.file);
          this.stamp = bytes.stamp;
          this.carried = carried;
          return data;
        }
        // Written as JSON by an older version: read as such, written in binary next time.
        got = bytes && { text: bytes.bytes.toString('utf8'), stamp: bytes.stamp };
      } else got = await readStamped(this.file);
    } catch (err) {
      if (err instanceof StoreCorruptError) throw err;
      const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
      if (TRANSIENT.has(code)) throw err;
      throw new StoreCorruptError(this.file, `unreadable (${code})`, { cause: err });
    }
    if (got === null) {
      this.stamp = null;
      this.carried = undefined;
      return null;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(got.text);
    } catch (err) {
      throw new StoreCorruptError(this.file, `not valid JSON (${(err as Error).message})`, { cause: err });
    }
    const data = this.codec.decode(raw, this.file);
    this.stamp = got.stamp;
    this.carried = (raw as { carried?: unknown }).carried;
    return data;
  }

  /** Replaces the file with `data`, plus `carried` (`,"carried":{…}`) at the end of its envelope. */
  async write(data: T, carried?: FileText): Promise<void> {
    this.stamp = await writeDurable(this.file, this.content(data, carried));
  }

  /**
   * The next content, written beside the file for a multi-file commit to rename (see commit.ts);
   * `dirReady` when the commit made the file's folder already.
   */
  stage(data: T, carried?: FileText, dirReady = false): Promise<StagedFile> {
    return stageDurable(this.file, this.content(data, carried), dirReady);
  }

  private content(data: T, carried: FileText | undefined): FileText {
    const { binary } = this.codec;
    return binary ? binary.encode(data, carried) : withMember(this.codec.encode(data), carried);
  }
}

/** An envelope's text with `member` (`,"name":value` in parts) before its closing brace, without copying either. */
function withMember(text: FileText, member: FileText | undefined): FileText {
  if (member === undefined) return text;
  const tail = typeof member === 'string' ? [member, '}'] : [...member, '}'];
  if (typeof text === 'string') return [text.slice(0, -1), ...tail];
  // An envelope's text ends with its closing brace, in a part of its own or at the end of the last.
  const last = text.at(-1);
  if (typeof last !== 'string') throw new Error('an envelope ends with text');
  return [...text.slice(0, -1), last.slice(0, -1), ...tail];
}

interface Envelope {
  version: number;
  doc: Record<string, unknown>;
}

/** Checks the `{ format, version }` envelope shared by every store file. */
export function openEnvelope(raw: unknown, format: string, maxVersion: number, file: string): Envelope {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new StoreCorruptError(file, 'expected a JSON object');
  }
  const doc = raw as Record<string, unknown>;
  if (doc.format !== format) {
    throw new StoreCorruptError(file, `format is ${JSON.stringify(doc.format)}, expected "${format}"`);
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new StoreCorruptError(file, `invalid version ${JSON.stringify(version)}`);
  }
  if (version > maxVersion) {
    throw new StoreCorruptError(
      file,
      `version ${version} is newer than this program supports (${maxVersion}); upgrade Prospecta`,
    );
  }
  return { version, doc };
}
