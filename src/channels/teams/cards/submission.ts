import { z } from 'zod';
import type { Submission } from '../../botframework/converters.ts';

export type { Submission };

/** The card's own id (`SubmitData.once`): the same card submitted twice is one delivery. */
const Once = z
  .string()
  .regex(/^[\w.-]{8,80}$/)
  .optional();

const Data = z.union([
  z.object({ text: z.string().trim().min(1).max(2000), once: Once }),
  z.object({
    command: z.string().min(1).max(40),
    subcommand: z.string().min(1).max(40).optional(),
    form: z.literal(true).optional(),
    once: Once,
  }),
]);

const Value = z.looseObject({ prospecta: Data });

/**
 * The `value` of an `Action.Submit` message: our `prospecta` data merged with the form's inputs
 * (strings, the core coerces them as if typed; empty ones are dropped). Undefined for anything else.
 */
export function parseSubmission(value: unknown): Submission | undefined {
  const r = Value.safeParse(value);
  if (!r.success) return undefined;
  const { prospecta: data, ...inputs } = r.data;
  const once = data.once ? { once: data.once } : {};
  if ('text' in data) return { kind: 'text', text: data.text, ...once };
  const target = { command: data.command, ...(data.subcommand && { subcommand: data.subcommand }) };
  if (data.form) return { kind: 'form', ...target };
  const args: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue;
    const s = String(v).trim();
    if (s !== '') args[k] = s;
  }
  return { kind: 'structured', ...target, args, ...once };
}
