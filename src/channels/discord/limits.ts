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

/** Cuts `s` to `max` characters (code points), ending with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
