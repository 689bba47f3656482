/** Calendar days as integers (days since 1970-01-01): recency is a subtraction, a year a division-free lookup. */
export const MS_PER_DAY = 86_400_000;

export const dayOf = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;

export const isoOfDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

export const yearOfDay = (day: number): number => new Date(day * MS_PER_DAY).getUTCFullYear();

/** First day of a year, as a day number. */
export const yearStart = (year: number): number => Date.UTC(year, 0, 1) / MS_PER_DAY;
