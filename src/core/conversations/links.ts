import { z } from 'zod';
import type { CollectionDef } from '../../store/types.ts';

/**
 * Where the bot can speak in a team without being asked first: a Teams conversation reference,
 * a Discord channel id. `purpose` says what the place is for (`posts`: the team's channel for
 * shared posts such as watch notes and digests; `conversation`: somewhere the bot was installed).
 */
export const ChannelLink = z.object({
  /** `<channel>:<conversation or channel id>`. */
  id: z.string().min(1).max(300),
  channel: z.enum(['discord', 'teams', 'web', 'cli']),
  purpose: z.enum(['posts', 'conversation']),
  /** What the channel needs to post there again (opaque to the core, validated by the channel). */
  reference: z.record(z.string(), z.unknown()),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ChannelLink = z.infer<typeof ChannelLink>;

export const linksCollection: CollectionDef<ChannelLink> = {
  name: 'links',
  schema: ChannelLink,
  version: 1,
  bookkeeping: true,
};
