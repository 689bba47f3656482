/**
 * Colours for charts sent as images into light and dark chat themes: the image carries its own
 * opaque off-white background, and every series colour keeps at least 3:1 contrast against it,
 * so the picture reads the same whatever the client's theme. Blue then amber first: the pair
 * colour-blind readers tell apart best (used for "this period vs previous period").
 */
export const THEME = {
  background: '#f8fafc',
  title: '#0f172a',
  subtitle: '#475569',
  text: '#334155',
  muted: '#64748b',
  grid: '#e2e8f0',
  axis: '#cbd5e1',
} as const;

export const PALETTE = [
  '#2563eb', // blue
  '#d97706', // amber
  '#059669', // emerald
  '#dc2626', // red
  '#7c3aed', // violet
  '#0891b2', // cyan
  '#db2777', // pink
  '#65a30d', // lime
  '#475569', // slate
  '#ea580c', // orange
  '#0d9488', // teal
  '#9333ea', // purple
] as const;

export function paletteColor(index: number): string {
  return PALETTE[index % PALETTE.length] as string;
}

/** Funnel stages: one hue, darkest at the top, all dark enough for white text. */
export function funnelColors(count: number): string[] {
  const from = [0x1e, 0x3a, 0x8a];
  const to = [0x3b, 0x82, 0xf6];
  return Array.from({ length: count }, (_, i) => {
    const t = count === 1 ? 0 : i / (count - 1);
    const rgb = from.map((c, k) => Math.round(c + ((to[k] as number) - c) * t));
    return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  });
}

/** White or near-black, whichever reads better on `color`; unknown CSS colours get white. */
export function textColorOn(color: string): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return '#ffffff';
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white (1.05 / (L + 0.05)) against contrast with #0f172a (~L 0.009).
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.059 ? '#ffffff' : THEME.title;
}
