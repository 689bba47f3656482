import { z } from 'zod';
import type { CollectionDef } from '../store/types.ts';

/** The team's company profile (outline 1.1 and 2.1): one record `id: team`, per team. */
export const CompanyProfile = z.object({
  id: z.literal('team'),
  name: z.string().min(1).max(120).optional(),
  legalForm: z.string().min(1).max(60).optional(),
  /** As typed; 9 digits (spaces allowed) passing the Luhn check (see `sirenProblem`). */
  siren: z.string().min(9).max(20).optional(),
  sector: z.string().min(1).max(120).optional(),
  address: z.string().min(1).max(300).optional(),
  headcount: z.number().int().min(0).max(10_000_000).optional(),
  /** Annual revenue excluding VAT, in the team's currency. */
  revenue: z.number().min(0).max(1e13).optional(),
  foundedYear: z.number().int().min(1000).max(3000).optional(),
  activity: z.string().min(1).max(1000).optional(),
  offer: z.string().min(1).max(1000).optional(),
  customerTypes: z.string().min(1).max(500).optional(),
  /** Marketing mix (4P), a few lines each. */
  product: z.string().min(1).max(1000).optional(),
  price: z.string().min(1).max(1000).optional(),
  place: z.string().min(1).max(1000).optional(),
  promotion: z.string().min(1).max(1000).optional(),
  /** Customer relationship (2.1.1). */
  relationshipChannels: z.string().min(1).max(1000).optional(),
  loyaltyActions: z.string().min(1).max(1000).optional(),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.string().min(1),
});
export type CompanyProfile = z.infer<typeof CompanyProfile>;

export const companyCollection: CollectionDef<CompanyProfile> = {
  name: 'company',
  schema: CompanyProfile,
  version: 1,
};

/** The profile's editable fields, in the order the card and the report show them. */
export const PROFILE_FIELDS = [
  'name',
  'legalForm',
  'siren',
  'sector',
  'address',
  'headcount',
  'revenue',
  'foundedYear',
  'activity',
  'offer',
  'customerTypes',
  'product',
  'price',
  'place',
  'promotion',
  'relationshipChannels',
  'loyaltyActions',
] as const satisfies readonly (keyof CompanyProfile)[];
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/**
 * Why a SIREN is not valid, or null: 9 digits once spaces are removed, and the Luhn key that
 * INSEE uses (each digit in an even position from the right doubled, digit sum a multiple of 10).
 */
export function sirenProblem(typed: string): 'siren_digits' | 'siren_key' | null {
  const digits = typed.replace(/[\s.\u00a0\u202f]/g, '');
  if (!/^\d{9}$/.test(digits)) return 'siren_digits';
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(digits[8 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0 ? null : 'siren_key';
}
