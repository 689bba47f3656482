import { z } from 'zod';
import { monthOf } from '../store/collections.ts';
import type { CollectionDef } from '../store/types.ts';

/** Contact types of a professional network (DOMAIN §4), in the order the map's quadrants show them. */
export const NETWORK_TYPES = ['personal', 'vertical', 'horizontal', 'transversal'] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];

/** How a link was made or is kept up (outline 5.3). */
export const NETWORK_MEANS = [
  'linkedin',
  'social_media',
  'business_club',
  'trade_show',
  'alumni',
  'association',
  'referral',
  'work',
  'family_friends',
  'other',
] as const;
export type NetworkMeans = (typeof NETWORK_MEANS)[number];

/** One contact of a rep's professional network (id `N-<n>`); names a person: personal data. */
export const NetworkContact = z.object({
  id: z.string().regex(/^N-\d+$/),
  name: z.string().min(1).max(80),
  type: z.enum(NETWORK_TYPES),
  organisation: z.string().min(1).max(120).optional(),
  /** 1 weak … 3 strong. */
  strength: z.number().int().min(1).max(3),
  means: z.enum(NETWORK_MEANS).optional(),
  howMet: z.string().min(1).max(300).optional(),
  purpose: z.string().min(1).max(300).optional(),
  lastExchange: z.iso.date().optional(),
  prospectId: z.string().max(40).optional(),
  /** The member whose network it is. */
  ownerId: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type NetworkContact = z.infer<typeof NetworkContact>;

export const networkCollection: CollectionDef<NetworkContact> = {
  name: 'network',
  schema: NetworkContact,
  version: 1,
  shardOf: (c) => monthOf(c.createdAt),
};

/** A rep's networking objective (outline 5.1): qualitative, done or not, with its dates. */
export const NetworkObjective = z.object({
  id: z.string().regex(/^NO-\d+$/),
  text: z.string().min(1).max(300),
  ownerId: z.string().min(1),
  due: z.iso.date().optional(),
  done: z.boolean().default(false),
  doneOn: z.iso.date().optional(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type NetworkObjective = z.infer<typeof NetworkObjective>;

export const networkObjectivesCollection: CollectionDef<NetworkObjective> = {
  name: 'network-objectives',
  schema: NetworkObjective,
  version: 1,
};

export const networkCollections = [networkCollection, networkObjectivesCollection] as const;
