import type { Prospect } from '../domain/entities.ts';
import type { LatLon } from './geo.ts';

/** Degrees with 5 decimals (about a metre), as maps apps take them. */
const deg = (x: number): string => String(Math.round(x * 1e5) / 1e5);

/** `geo:45.76,4.835` (RFC 5870): opens the point in the phone's maps app. */
export const geoUri = (p: LatLon): string => `geo:${deg(p.lat)},${deg(p.lon)}`;

/** An OpenStreetMap link with a marker on the point, zoomed on the street (no request is made here). */
export const osmUrl = (p: LatLon): string =>
  `https://www.openstreetmap.org/?mlat=${deg(p.lat)}&mlon=${deg(p.lon)}#map=15/${deg(p.lat)}/${deg(p.lon)}`;

/** One line per stop: its number, its name, the web link and the `geo:` URI. */
export const stopLinks = (order: number, name: string, p: LatLon): string =>
  `${order}. ${name} — ${osmUrl(p)} · ${geoUri(p)}`;

/** The place written beside a stop on the map: its commune, else its city, else its name. */
export const stopPlace = (s: { prospect: Pick<Prospect, 'name' | 'city'>; commune?: string }): string =>
  (s.commune ?? s.prospect.city ?? s.prospect.name).slice(0, 60);
