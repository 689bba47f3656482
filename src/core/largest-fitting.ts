/**
 * The largest n in [0, max] for which `fits(n)` holds, `fits` being monotonic (true up to some n,
 * false after); -1 when even 0 does not fit. Channels use it to cut a reply to a platform's limits
 * in a few measurements rather than one per row.
 */
export function largestFitting(max: number, fits: (n: number) => boolean): number {
  if (!fits(0)) return -1;
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
