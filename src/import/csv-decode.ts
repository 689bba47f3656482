import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/**
 * Guessing a user's file encoding the way a French Excel user needs: a byte-order mark is certain,
 * valid UTF-8 is UTF-8, anything else is Windows-1252 (Excel's default in France).
 */

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le';

export interface Decoding {
  encoding: CsvEncoding;
  hadBom: boolean;
  /** Bytes of the mark to skip. */
  skip: number;
}

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** A spreadsheet sent instead of its CSV export: the decoders would turn it into noise. */
export function binaryFormat(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xff, 0xfe])) return undefined; // UTF-16 text is full of zero bytes
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  return bytes.subarray(0, 8192).includes(0) ? 'unknown' : undefined;
}

/** The encoding of `bytes`; `forced` overrides the guess, never a byte-order mark. */
export function detectEncoding(bytes: Uint8Array, forced?: CsvEncoding): Decoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', hadBom: true, skip: 3 };
  // Excel's "Unicode text" export: UTF-16LE with a BOM, tab-separated.
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', hadBom: true, skip: 2 };
  if (forced) return { encoding: forced, hadBom: false, skip: 0 };
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'windows-1252', hadBom: false, skip: 0 };
}

const ICONV_NAME: Record<CsvEncoding, string> = {
  'utf-8': 'utf8',
  'windows-1252': 'win1252',
  'utf-16le': 'utf16le',
};

const buffer = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** The whole text of `bytes` (invalid UTF-8 sequences, when UTF-8 is forced, become U+FFFD). */
export function decodeAll(bytes: Uint8Array, d: Decoding): string {
  return iconv.decode(buffer(bytes.subarray(d.skip)), ICONV_NAME[d.encoding], { stripBOM: false });
}

/**
 * The text of `bytes` about `sliceBytes` at a time: a character cut by a slice boundary is
 * completed by the next slice; `final` marks the text that ends the file.
 */
export function* decodeSlices(
  bytes: Uint8Array,
  d: Decoding,
  sliceBytes: number,
): Generator<{ text: string; final: boolean }> {
  const decoder = iconv.getDecoder(ICONV_NAME[d.encoding], { stripBOM: false });
  for (let at = d.skip; ; at += sliceBytes) {
    const end = Math.min(bytes.length, at + sliceBytes);
    const text = at < end ? decoder.write(buffer(bytes.subarray(at, end))) : '';
    if (end === bytes.length) {
      yield { text: text + (decoder.end() ?? ''), final: true };
      return;
    }
    yield { text, final: false };
  }
}
