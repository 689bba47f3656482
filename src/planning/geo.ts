/** A point in WGS84 degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), km: the usual constant for great-circle distances. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine formula). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Length of a path visiting `order` (indexes into `d`), from `start` and back to it when given. */
function pathLength(d: number[][], order: number[], start: number | null, back: boolean): number {
  let km = 0;
  for (let i = 1; i < order.length; i++)
    km += (d[order[i - 1] as number] as number[])[order[i] as number] as number;
  if (start !== null && order.length > 0) {
    km += (d[start] as number[])[order[0] as number] as number;
    if (back) km += (d[order.at(-1) as number] as number[])[start] as number;
  }
  return km;
}

function nearestNeighbour(d: number[][], stops: number[], first: number): number[] {
  const left = new Set(stops);
  const order: number[] = [];
  let next: number | null = first;
  while (next !== null) {
    order.push(next);
    left.delete(next);
    const at: number = next;
    next = null;
    let best = Number.POSITIVE_INFINITY;
    for (const s of left) {
      const km = (d[at] as number[])[s] as number;
      if (km < best) {
        best = km;
        next = s;
      }
    }
  }
  return order;
}

/**
 * 2-opt: reverse a segment while that shortens the path (first improvement, until none). Each try
 * costs O(1): only the two edges at the segment's ends change.
 */
function twoOpt(d: number[][], order: number[], start: number | null, back: boolean): number[] {
  const o = [...order];
  const n = o.length;
  const km = (a: number | null, b: number | null): number =>
    a === null || b === null ? 0 : ((d[a] as number[])[b] as number);
  let improved = true;
  while (improved) {
    improved = false;
    for (let i = 0; i < n - 1; i++) {
      for (let k = i + 1; k < n; k++) {
        const prev = i === 0 ? start : (o[i - 1] as number);
        const next = k === n - 1 ? (back ? start : null) : (o[k + 1] as number);
        const a = o[i] as number;
        const b = o[k] as number;
        if (km(prev, b) + km(a, next) < km(prev, a) + km(b, next) - 1e-9) {
          for (let x = i, y = k; x < y; x++, y--) [o[x], o[y]] = [o[y] as number, o[x] as number];
          improved = true;
        }
      }
    }
  }
  return o;
}

export interface Route {
  /** Indexes of `points` in visiting order. */
  order: number[];
  /** Legs in km: from the start to the first stop (when a start is given), between stops, back to the start. */
  legs: number[];
  km: number;
}

/**
 * Orders stops to cut travel: nearest neighbour from every possible first stop, each improved by
 * 2-opt, the shortest kept (fine up to a few dozen stops). With `start`, the round trip from it
 * and back; without, an open path.
 */
export function planRoute(points: readonly LatLon[], start?: LatLon): Route {
  const all = start ? [...points, start] : [...points];
  const d = all.map((a) => all.map((b) => haversineKm(a, b)));
  const from = start ? points.length : null;
  const stops = points.map((_, i) => i);
  let best: number[] = [];
  let bestKm = Number.POSITIVE_INFINITY;
  for (const first of stops) {
    const order = twoOpt(d, nearestNeighbour(d, stops, first), from, Boolean(start));
    const km = pathLength(d, order, from, Boolean(start));
    if (km < bestKm - 1e-9) {
      best = order;
      bestKm = km;
    }
  }
  const legs: number[] = [];
  if (from !== null && best.length > 0) legs.push((d[from] as number[])[best[0] as number] as number);
  for (let i = 1; i < best.length; i++)
    legs.push((d[best[i - 1] as number] as number[])[best[i] as number] as number);
  if (from !== null && best.length > 0) legs.push((d[best.at(-1) as number] as number[])[from] as number);
  return { order: best, legs, km: best.length === 0 ? 0 : legs.reduce((s, x) => s + x, 0) };
}
