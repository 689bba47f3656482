import { z } from 'zod';
import { UserError } from '../core/errors.ts';
import { normalizeKey } from '../core/values.ts';
import { PROSPECT_TYPES } from '../domain/ids.ts';
import { requireByRef } from '../domain/lookup.ts';
import type { CollectionDef, CollectionView, TeamView } from '../store/types.ts';

/** SONCAS buying motives: sécurité, orgueil, nouveauté, confort, argent, sympathie. */
export const SONCAS = ['security', 'pride', 'novelty', 'comfort', 'money', 'sympathy'] as const;
export type Soncas = (typeof SONCAS)[number];

/** Words accepted for each motive when typed (French first), matched accent- and case-insensitively. */
const SONCAS_WORDS: Readonly<Record<Soncas, readonly string[]>> = {
  security: ['s', 'securite', 'security', 'surete'],
  pride: ['o', 'orgueil', 'pride', 'fierte', 'prestige'],
  novelty: ['n', 'nouveaute', 'novelty', 'innovation', 'new'],
  comfort: ['c', 'confort', 'comfort', 'commodite'],
  money: ['a', 'argent', 'money', 'prix', 'economie', 'economies', 'price'],
  sympathy: ['sympathie', 'sympathy', 'relation'],
};

/** A customer persona (outline 2.1.2 and 3.1.2), id `PE-<n>`. */
export const Persona = z.object({
  id: z.string().regex(/^PE-\d+$/),
  name: z.string().min(1).max(80),
  segment: z.string().min(1).max(120).optional(),
  customerType: z.enum(PROSPECT_TYPES).default('b2b'),
  needs: z.string().min(1).max(1000).optional(),
  motives: z.array(z.enum(SONCAS)).max(6).default([]),
  objections: z.string().min(1).max(1000).optional(),
  channels: z.string().min(1).max(500).optional(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type Persona = z.infer<typeof Persona>;

export const personasCollection: CollectionDef<Persona> = {
  name: 'personas',
  schema: Persona,
  version: 1,
};

/**
 * Typed motives (`sécurité, argent`, `S O N`, `SONCAS` letters) → motive ids in SONCAS order, or
 * the first word that is not one.
 */
export function parseMotives(typed: string): { ok: true; motives: Soncas[] } | { ok: false; word: string } {
  const words = typed
    .split(/[,;/+\s]+/)
    .map((w) => w.trim())
    .filter(Boolean);
  const found = new Set<Soncas>();
  for (const word of words) {
    const key = normalizeKey(word).replace(/\s+/g, '');
    const motive = SONCAS.find((m) => SONCAS_WORDS[m].includes(key));
    if (motive) found.add(motive);
    else return { ok: false, word };
  }
  return { ok: true, motives: SONCAS.filter((m) => found.has(m)) };
}

type Tx = { tx: Pick<TeamView, 'collection'> };
export const personasOf = (ctx: Tx): CollectionView<Persona> => ctx.tx.collection(personasCollection);

/** A persona by id (`PE-2`) or name, or a UserError naming `option` with the closest name. */
export const requirePersona = (ctx: Tx, ref: string, option: string): Persona =>
  requireByRef(personasOf(ctx), ref, 'persona_not_found', option);

/** Comma-separated persona names or ids → their ids, each once, in the order typed. */
export function personaIdsOf(ctx: Tx, typed: string, option: string): string[] {
  const ids: string[] = [];
  for (const ref of typed.split(/[,;]/).map((r) => r.trim())) {
    if (!ref) continue;
    const persona = requirePersona(ctx, ref, option);
    if (!ids.includes(persona.id)) ids.push(persona.id);
  }
  if (ids.length === 0) throw new UserError('empty_value', { option }, option);
  return ids;
}
