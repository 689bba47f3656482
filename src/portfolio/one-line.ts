/** A text on one line: runs of white space (tabs, line ends, double spaces) as one space. */
export const oneLine = (s: string): string => (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s);
