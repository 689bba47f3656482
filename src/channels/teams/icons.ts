import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';

/** A funnel of three bands, the app's mark, drawn in a `size`×`size` square. */
function funnel(ctx: SKRSContext2D, size: number, inset: number): void {
  const s = size - 2 * inset;
  const bands = [
    [0.0, 1.0, 0.28],
    [0.36, 0.72, 0.28],
    [0.72, 0.42, 0.28],
  ] as const;
  for (const [top, width, height] of bands) {
    const w = s * width;
    ctx.fillRect(inset + (s - w) / 2, inset + s * top, w, s * height);
  }
}

/** The color icon: 192×192, white funnel on the accent colour (Teams crops it to a rounded square). */
export function colorIcon(): Buffer {
  const canvas = createCanvas(192, 192);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#1F3A5F';
  ctx.fillRect(0, 0, 192, 192);
  ctx.fillStyle = '#FFFFFF';
  funnel(ctx, 192, 44);
  return canvas.toBuffer('image/png');
}

/** The outline icon: 32×32, white on a transparent background, as Teams requires. */
export function outlineIcon(): Buffer {
  const canvas = createCanvas(32, 32);
  const ctx = canvas.getContext('2d');
  ctx.clearRect(0, 0, 32, 32);
  ctx.fillStyle = '#FFFFFF';
  funnel(ctx, 32, 4);
  return canvas.toBuffer('image/png');
}
