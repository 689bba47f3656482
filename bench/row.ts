/** One line of the bench report: a measure, its value, and the target it must meet if any. */
export interface Row {
  metric: string;
  value: string;
  target: string;
  ok: boolean | null;
}

/** The `p` quantile of `xs` (0.5 the median, 0.99 the p99), nearest rank below; NaN when empty. */
export const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))] ?? Number.NaN;
};
