import { inflateSync } from 'node:zlib';
import { Canvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { encodePng, pngSize } from '../../src/charts/png-encode.ts';

/** Splits a PNG into chunks, checking each CRC with a table-free reference implementation. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const crc = (bytes: Uint8Array) => {
    let c = 0xffffffff;
    for (const b of bytes) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return (c ^ 0xffffffff) >>> 0;
  };
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    expect(view.getUint32(at + 8 + length)).toBe(crc(png.subarray(at + 4, at + 8 + length)));
    out.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('PNG encoder', () => {
  it('writes IHDR, one IDAT of unfiltered rows and IEND, with valid CRCs', () => {
    const pixels = Uint8Array.from([
      255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 20, 30, 255, 40, 50, 60, 255, 70, 80, 90, 255,
    ]);
    const png = encodePng(pixels, 3, 2);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([...(parts[0]?.data.subarray(8) ?? [])]).toEqual([8, 6, 0, 0, 0]);
    const rows = inflateSync(parts[1]?.data ?? new Uint8Array());
    expect([...rows]).toEqual([0, ...pixels.subarray(0, 12), 0, ...pixels.subarray(12)]);
  });

  it('resets row filter bytes when its buffer is reused for another size', () => {
    encodePng(new Uint8Array(8 * 8 * 4).fill(7), 8, 8);
    const rows = inflateSync(
      chunks(encodePng(new Uint8Array(3 * 5 * 4).fill(9), 3, 5))[1]?.data ?? new Uint8Array(),
    );
    expect(rows.length).toBe(5 * 13);
    for (let y = 0; y < 5; y++) expect(rows[y * 13]).toBe(0);
  });

  it('is read back by a real decoder with the same pixels', async () => {
    const canvas = new Canvas(40, 30);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#f8fafc';
    ctx.fillRect(0, 0, 40, 30);
    ctx.fillStyle = '#2563eb';
    ctx.fillRect(10, 10, 20, 10);
    const image = await loadImage(Buffer.from(encodePng(canvas.data(), 40, 30)));
    const check = new Canvas(40, 30).getContext('2d');
    check.drawImage(image, 0, 0);
    expect([...check.getImageData(0, 0, 1, 1).data]).toEqual([0xf8, 0xfa, 0xfc, 255]);
    expect([...check.getImageData(15, 15, 1, 1).data]).toEqual([0x25, 0x63, 0xeb, 255]);
  });

  it('writes opaque pixels as RGB (colour type 2, 3 bytes a pixel) that a decoder reads back', async () => {
    const pixels = Uint8Array.from([255, 0, 0, 255, 10, 20, 30, 255, 40, 50, 60, 255, 70, 80, 90, 255]);
    const parts = chunks(encodePng(pixels, 2, 2, 1, 'rgb'));
    expect([...(parts[0]?.data.subarray(8) ?? [])]).toEqual([8, 2, 0, 0, 0]);
    expect([...inflateSync(parts[1]?.data ?? new Uint8Array())]).toEqual([
      0, 255, 0, 0, 10, 20, 30, 0, 40, 50, 60, 70, 80, 90,
    ]);
    const image = await loadImage(Buffer.from(encodePng(pixels, 2, 2, 1, 'rgb')));
    const check = new Canvas(2, 2).getContext('2d');
    check.drawImage(image, 0, 0);
    expect([...check.getImageData(1, 1, 1, 1).data]).toEqual([70, 80, 90, 255]);
  });

  it('rejects too few pixels and recognises non-PNG bytes', () => {
    expect(() => encodePng(new Uint8Array(10), 3, 2)).toThrow('Expected 24 pixel bytes');
    expect(pngSize(new TextEncoder().encode('<html>not a png</html>'))).toBeNull();
  });
});
