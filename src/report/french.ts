const NNBSP = '\u202F';
const NBSP = '\u00A0';

/**
 * French typography for print: a narrow no-break space before : ; ? ! % € (a plain space there
 * is replaced, none is added inside URLs or times like 10:30), « guillemets » with no-break spaces
 * instead of straight double quotes, and no-break spaces as thousands separators.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/"([^"\n]+)"/g, `«${NBSP}$1${NBSP}»`)
    .replace(/«\s*/g, `«${NBSP}`)
    .replace(/\s*»/g, `${NBSP}»`)
    .replace(/[ \u00A0]([;?!%€])/g, `${NNBSP}$1`)
    .replace(/([^\s\d/:]) ?([;!?])(?=\s|$)/g, `$1${NNBSP}$2`)
    .replace(/[ \u00A0]:(?=\s|$)/g, `${NNBSP}:`)
    .replace(/(\d) (?=\d{3}\b)/g, `$1${NNBSP}`)
    .replace(/(\d)\s?(%|€)/g, `$1${NNBSP}$2`);
}
