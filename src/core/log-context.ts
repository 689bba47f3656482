import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Fields every log line carries while a piece of work runs (the team and command of a turn), so
 * a line logged deep in a handler, the store or an effect still says whose it is without each
 * caller passing them. AsyncLocalStorage follows the work across awaits; it is the one
 * process-wide object here, and it holds nothing between turns.
 */
const fields = new AsyncLocalStorage<Readonly<Record<string, unknown>>>();

/** Runs `fn` with `more` added to the fields of every line it logs (nested calls add to the outer ones). */
export function withLogContext<R>(more: Record<string, unknown>, fn: () => R): R {
  return fields.run({ ...fields.getStore(), ...more }, fn);
}

/** The fields of the work in progress, if any. */
export const logContext = (): Readonly<Record<string, unknown>> | undefined => fields.getStore();
