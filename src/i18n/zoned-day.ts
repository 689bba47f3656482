const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day `YYYY-MM-DD` an instant falls on in a time zone: a note posted at
 * 2026-12-04T23:28Z is on 2026-12-05 in Europe/Paris. Throws a RangeError on an unknown zone.
 */
export function dayInZone(instant: string | Date, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    // en-CA writes days as YYYY-MM-DD; the parts are read anyway, so the layout cannot drift.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  const parts = f.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
