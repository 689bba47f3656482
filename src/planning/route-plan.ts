import type { Prospect } from '../domain/entities.ts';
import { type PostalLookup, postalLookup } from '../geo/index.ts';
import { type LatLon, planRoute } from './geo.ts';
import { visitStart, type WorkingHours } from './working-day.ts';

/** How a point was found: the prospect's own coordinates, its commune's centre, or the team's prospects. */
export type LocatedBy = 'coordinates' | 'postal_code' | 'team_postal_code';

/** Where a prospect is; null when it cannot be located. */
export type Locate = (
  p: Pick<Prospect, 'lat' | 'lon' | 'postalCode' | 'city'>,
) => { point: LatLon; approx: boolean; by: LocatedBy; commune?: string } | null;

/**
 * Locates prospects: their own coordinates first; else the centre of their commune from the
 * offline postal code table (src/geo), matched on postal code and city; else, for a code the table
 * lacks, the centre of the team's prospects with coordinates and the same postal code.
 */
export function prospectLocator(
  prospects: readonly Prospect[],
  // The shipped table is read on first need: a round of prospects with coordinates never loads it.
  table: () => PostalLookup = postalLookup,
): {
  locate: Locate;
  postalCode: (code: string) => LatLon | null;
} {
  let centres: Map<string, LatLon> | undefined;
  const teamCentre = (code: string): LatLon | null => {
    if (!centres) {
      const sums = new Map<string, { lat: number; lon: number; n: number }>();
      for (const p of prospects) {
        if (p.lat === undefined || p.lon === undefined || !p.postalCode) continue;
        const s = sums.get(p.postalCode) ?? { lat: 0, lon: 0, n: 0 };
        sums.set(p.postalCode, { lat: s.lat + p.lat, lon: s.lon + p.lon, n: s.n + 1 });
      }
      centres = new Map([...sums].map(([k, s]) => [k, { lat: s.lat / s.n, lon: s.lon / s.n }]));
    }
    return centres.get(code.trim()) ?? null;
  };
  const postalCode = (code: string): LatLon | null => {
    const place = table().locate(code);
    return place ? { lat: place.lat, lon: place.lon } : teamCentre(code);
  };
  const locate: Locate = (p) => {
    if (p.lat !== undefined && p.lon !== undefined)
      return { point: { lat: p.lat, lon: p.lon }, approx: false, by: 'coordinates' };
    if (!p.postalCode) return null;
    const place = table().locate(p.postalCode, p.city);
    if (place)
      return {
        point: { lat: place.lat, lon: place.lon },
        approx: true,
        by: 'postal_code',
        commune: place.commune,
      };
    const centre = teamCentre(p.postalCode);
    return centre ? { point: centre, approx: true, by: 'team_postal_code' } : null;
  };
  return { locate, postalCode };
}

const NUMBER = /^-?\d{1,3}(?:\.\d+)?$/;

/** `45.76,4.83`, `45,76;4,83` or `45.76 4.83` → a point; null when the text is not a coordinate pair. */
export function parseLatLon(text: string): LatLon | null {
  const t = text.trim();
  const parts = /[;/\s]/.test(t) ? t.split(/\s*[;/\s]\s*/).map((x) => x.replace(',', '.')) : t.split(',');
  if (parts.length !== 2 || !parts.every((x) => NUMBER.test(x.trim()))) return null;
  const [lat, lon] = parts.map((x) => Number(x.trim())) as [number, number];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

export interface StopInput {
  prospect: Prospect;
  /** Minutes on site. */
  durationMin: number;
  point: LatLon;
  approx: boolean;
  by: LocatedBy;
  /** The commune whose centre stands for the prospect (located by postal code). */
  commune?: string;
}

export interface ScheduledStop extends StopInput {
  /** km from the previous point (the start, or the previous stop); 0 for the first stop without a start. */
  legKm: number;
  driveMin: number;
  /** Minutes after midnight: when the visit starts (after the lunch break when it falls there). */
  arrive: number;
  leave: number;
  /** The lunch break is taken before this visit (it would otherwise have run into it). */
  afterLunch: boolean;
  /** The visit ends after the working day. */
  afterHours: boolean;
}

export interface DayPlan {
  stops: ScheduledStop[];
  /** Back to the start (0 without a start). */
  returnKm: number;
  km: number;
  driveMin: number;
  visitMin: number;
  /** From leaving the start to being back (or to the last visit's end). */
  totalMin: number;
  end: number;
}

/** The day's visits ordered to cut travel, with drive times at `speedKmh` and the schedule from `startMin`. */
export function planDay(
  stops: readonly StopInput[],
  opts: { start?: LatLon; speedKmh: number; startMin: number; hours?: WorkingHours },
): DayPlan {
  const route = planRoute(
    stops.map((s) => s.point),
    opts.start,
  );
  const drive = (km: number): number => (km / opts.speedKmh) * 60;
  const offset = opts.start ? 0 : -1;
  let clock = opts.startMin;
  const scheduled = route.order.map((index, i) => {
    const stop = stops[index] as StopInput;
    const legKm = i + offset < 0 ? 0 : (route.legs[i + offset] as number);
    clock += drive(legKm);
    const arrive = opts.hours ? visitStart(clock, stop.durationMin, opts.hours) : clock;
    const afterLunch = arrive > clock;
    clock = arrive + stop.durationMin;
    const afterHours = opts.hours !== undefined && clock > opts.hours.afternoon[1];
    return { ...stop, legKm, driveMin: drive(legKm), arrive, leave: clock, afterLunch, afterHours };
  });
  const returnKm = opts.start && route.order.length > 0 ? (route.legs.at(-1) as number) : 0;
  clock += drive(returnKm);
  const visitMin = stops.reduce((s, x) => s + x.durationMin, 0);
  return {
    stops: scheduled,
    returnKm,
    km: route.km,
    driveMin: drive(route.km),
    visitMin,
    totalMin: clock - opts.startMin,
    end: clock,
  };
}
