import { deflateSync } from 'node:zlib';

/**
 * A plain PNG encoder for opaque chart pixels. Skia's encoder spends ~20 ms on an 800×450 chart
 * (strong compression, adaptive filters); zlib level 1 without filters takes ~1.5 ms and still
 * gives ~30 KB, because charts are mostly flat colour. Same pixels in, same bytes out.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * The filtered rows (1.4 MB for 800×450) are only read by deflateSync within one call, so one
 * buffer per thread serves every chart: less allocation and GC on the render path.
 */
let rowScratch: Uint8Array = new Uint8Array(0);
function rowBuffer(size: number): Uint8Array {
  if (rowScratch.length < size) rowScratch = new Uint8Array(size);
  return rowScratch.subarray(0, size);
}

/**
 * Encodes RGBA pixels (4 bytes a pixel, rows top to bottom) as an 8-bit RGBA PNG. Skia's pixels are
 * premultiplied: pass opaque pixels only (the chart background makes every pixel opaque).
 * `colour: 'rgb'` drops the (opaque) alpha byte: a PDF writer can then embed the compressed pixels
 * as they are, where an RGBA PNG must be inflated, split into colour and mask, and deflated again.
 * The result owns its ArrayBuffer, so it can be transferred to another thread.
 */
export function encodePng(
  rgba: Uint8Array,
  width: number,
  height: number,
  level = 1,
  colour: 'rgba' | 'rgb' = 'rgba',
): Uint8Array {
  const inStride = width * 4;
  if (rgba.length < inStride * height)
    throw new Error(`Expected ${inStride * height} pixel bytes, got ${rgba.length}`);
  const channels = colour === 'rgb' ? 3 : 4;
  const stride = width * channels;
  const rows = rowBuffer((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    // Each row starts with its filter type byte: 0, no filter (set each time: the buffer is reused).
    const at = y * (stride + 1);
    rows[at] = 0;
    if (channels === 4) rows.set(rgba.subarray(y * inStride, (y + 1) * inStride), at + 1);
    else
      for (let x = 0, i = y * inStride, o = at + 1; x < width; x++, i += 4, o += 3) {
        rows[o] = rgba[i] as number;
        rows[o + 1] = rgba[i + 1] as number;
        rows[o + 2] = rgba[i + 2] as number;
      }
  }
  // memLevel 9 (zlib's largest hash tables): 1.7 ms instead of 2.6 ms for an 800×450 chart, same size.
  const idat = deflateSync(rows, { level, memLevel: 9 });

  const ihdr = new Uint8Array(13);
  const ihdrView = new DataView(ihdr.buffer);
  ihdrView.setUint32(0, width);
  ihdrView.setUint32(4, height);
  // Bit depth 8, colour type RGBA (6) or RGB (2), deflate, adaptive filtering, no interlace.
  ihdr.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);

  const chunks: [string, Uint8Array][] = [
    ['IHDR', ihdr],
    ['IDAT', idat],
    ['IEND', new Uint8Array(0)],
  ];
  const total = SIGNATURE.length + chunks.reduce((sum, [, data]) => sum + 12 + data.length, 0);
  const png = new Uint8Array(total);
  const view = new DataView(png.buffer);
  png.set(SIGNATURE, 0);
  let at = SIGNATURE.length;
  for (const [type, data] of chunks) {
    view.setUint32(at, data.length);
    for (let i = 0; i < 4; i++) png[at + 4 + i] = type.charCodeAt(i);
    png.set(data, at + 8);
    view.setUint32(at + 8 + data.length, crc32(png, at + 4, at + 8 + data.length));
    at += 12 + data.length;
  }
  return png;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes do not start like a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24 || SIGNATURE.some((byte, i) => png[i] !== byte)) return null;
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
