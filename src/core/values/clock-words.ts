import { fail, normalizeKey, ok, type Parsed } from './parsed.ts';

// ---------------------------------------------------------------------------------------------
// Durations, times, booleans

const HOUR_UNIT = '(?:h|hr|hrs|hours?|heures?)';
const MINUTE_UNIT = '(?:m|mn|mins?|minutes?)';
const HOURS_MINUTES = new RegExp(`^(\\d+(?:[.,]\\d+)?)${HOUR_UNIT}(?:(\\d{1,2})${MINUTE_UNIT}?)?$`);
const MINUTES_ONLY = new RegExp(`^(\\d+)${MINUTE_UNIT}?$`);

/** Minutes from `45`, `45min`, `45 mn`, `90 min`, `1h`, `1h30`, `1 h 30`, `1:30`, `1,5 h`; a bare number is minutes. */
export function parseDuration(text: string): Parsed<number> {
  const s = normalizeKey(text);
  if (/\d\s+\d/.test(s)) return fail('invalid_duration'); // `1 30` is not 130 minutes
  const compact = s.replace(/\s+/g, '');
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(compact);
  if (clock) return ok(Number(clock[1]) * 60 + Number(clock[2]));
  const hm = HOURS_MINUTES.exec(compact);
  if (hm) {
    const hours = Number((hm[1] ?? '').replace(',', '.'));
    const minutes = hm[2] === undefined ? 0 : Number(hm[2]);
    if (minutes >= 60 || (minutes > 0 && !Number.isInteger(hours))) return fail('invalid_duration');
    return ok(Math.round(hours * 60) + minutes);
  }
  const m = MINUTES_ONLY.exec(compact);
  return m ? ok(Number(m[1])) : fail('invalid_duration');
}

const NAMED_TIMES: ReadonlyMap<string, string> = new Map([
  ['midi', '12:00'],
  ['noon', '12:00'],
  ['minuit', '00:00'],
  ['midnight', '00:00'],
]);

/** `HH:mm` from `14:30`, `14h30`, `14h`, `14.30`, `9:05:00`, `2pm`, `2:30 p.m.`, `midi`. */
export function parseTime(text: string): Parsed<string> {
  const s = normalizeKey(text)
    .replace(/\s+/g, '')
    .replace(/([ap])\.?m\.?$/, '$1m');
  const named = NAMED_TIMES.get(s);
  if (named) return ok(named);
  const m = /^(\d{1,2})(?:([:h.])(\d{2})?(?::(\d{2}))?)?(am|pm)?$/.exec(s);
  if (!m) return fail('invalid_time');
  const [, h, sep, min, sec, meridiem] = m;
  if ((sep === ':' || sep === '.') && min === undefined) return fail('invalid_time');
  if (sec !== undefined && Number(sec) > 59) return fail('invalid_time');
  let hour = Number(h);
  const minute = Number(min ?? 0);
  if (meridiem) {
    if (hour < 1 || hour > 12) return fail('invalid_time');
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return fail('invalid_time');
  return ok(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
}

const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ...['yes', 'y', 'oui', 'true', 'vrai', '1'].map((w) => [w, true] as const),
  ...['no', 'n', 'non', 'false', 'faux', '0'].map((w) => [w, false] as const),
]);

/** yes/no, oui/non, true/false, vrai/faux, 1/0 (any case, accents ignored). */
export function parseBoolean(text: string): Parsed<boolean> {
  const value = BOOLEANS.get(normalizeKey(text));
  return value === undefined ? fail('invalid_boolean') : ok(value);
}
