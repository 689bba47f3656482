import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import type { FormRequest } from '../../core/form-plan.ts';
import { describeOptions } from '../../core/options.ts';
import type { Locale } from '../../domain/ids.ts';
import { createTranslator } from '../../i18n/index.ts';
import { FILLABLE, type PendingForm, type PendingForms } from './forms.ts';
import { clip, LIMITS } from './limits.ts';

const BUTTON_PRIMARY = 1;

/** The custom id of the button that reopens a form to fix it (`fix:<pending form key>`). */
export const FIX_PREFIX = 'fix:';

/**
 * Discord cannot answer a modal with another modal: when the core sends a form back (it could not
 * read a submitted value: `12 x 3` in an amount, an unknown prospect…), the private error gets a
 * button that opens the same form again, filled with what was typed (a new pending form; nothing
 * was saved). Undefined when the field is not one a modal can ask.
 */
export function fixFormButton(
  forms: PendingForms,
  form: Omit<PendingForm, 'expires'>,
  typed: Readonly<Record<string, string>>,
  again: FormRequest,
  locale: Locale,
): APIActionRowComponent<APIButtonComponent> | undefined {
  const option = describeOptions(again.action.options).find((o) => o.name === again.noticeField);
  if (!option || !FILLABLE.has(option.kind)) return undefined;
  const field = option.name;
  const fields = form.fields.includes(field) ? form.fields : [...form.fields, field];
  if (fields.length > LIMITS.modalComponents) return undefined;
  // The given options stay as they were; the form's own fields come back as typed.
  const args = Object.fromEntries(Object.entries(form.args).filter(([k]) => !fields.includes(k)));
  const values = { ...stringsOf(form.args, fields), ...typed };
  const key = forms.add({ ...form, args, fields, values });
  const t = createTranslator(locale);
  return {
    type: 1,
    components: [
      {
        type: 2,
        style: BUTTON_PRIMARY,
        label: clip(t('form.fix_button'), LIMITS.buttonLabel),
        custom_id: `${FIX_PREFIX}${key}`,
      },
    ],
  };
}

/** A given option the fixed form now asks (the field in error) keeps its value as text. */
const stringsOf = (args: Record<string, unknown>, fields: readonly string[]): Record<string, string> =>
  Object.fromEntries(fields.flatMap((k) => (typeof args[k] === 'string' ? [[k, args[k] as string]] : [])));
