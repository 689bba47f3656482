/** Discord's documented limits that the converters respect (and the tests check against). */
export const LIMITS = {
  commands: 100,
  options: 25,
  choices: 25,
  nameRe: /^[-_\p{L}\p{N}]{1,32}$/u,
  description: 100,
  choiceName: 100,
  choiceValue: 100,
  /** Names, descriptions and choice values of one command, localizations included. */
  commandChars: 8000,
  stringOption: 6000,
  embeds: 10,
  embedTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  modalTitle: 45,
  modalComponents: 5,
  labelText: 45,
  placeholder: 100,
  textInput: 4000,
  selectOptions: 25,
  attachmentBytes: 10 * 1024 * 1024,
  autocompleteMs: 3000,
} as const;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Cuts `s` to `max` characters, ending with an ellipsis when cut. Characters are UTF-16 code units
 * (JavaScript's `.length`), the one count used for every Discord limit here (embed budget
 * included); an emoji is never cut in half.
 */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - 1);
  if (end > 0 && isHighSurrogate(s.charCodeAt(end - 1))) end--;
  return `${s.slice(0, end)}…`;
}
