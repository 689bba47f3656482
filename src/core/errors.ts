/**
 * An expected failure (bad input, missing right, unknown prospect): data, not a crash. `code` is a
 * stable snake_case id; the message comes from the locale files (`errors.<code>`) with `params`.
 */
export class UserError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  /** The option the user should fix, when there is one. */
  readonly field: string | undefined;

  constructor(code: string, params: Record<string, string | number> = {}, field?: string) {
    super(code);
    this.name = 'UserError';
    this.code = code;
    this.params = params;
    this.field = field;
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

/** The "did you mean" of an error in `locale`: its French name (`suggestion_fr`) in French, when given. */
export function suggestionFor(locale: string, e: UserError): string {
  const fr = e.params.suggestion_fr;
  const named = locale === 'fr' && typeof fr === 'string' && fr !== '' ? fr : e.params.suggestion;
  return typeof named === 'string' ? named : '';
}
