import type { FunnelRatioId, Stage } from '../domain/ids.ts';

/**
 * The DOMAIN ratio that measures how a stage was reached, shown beside it in tables and charts.
 * Not simply "stage / previous stage": targeted counts prospects and attempted counts attempts,
 * and a signature needs no proposal, so such quotients would read as nonsense conversions.
 */
export const STAGE_RATIO: Readonly<Partial<Record<Stage, FunnelRatioId>>> = {
  reached: 'reach_rate',
  pitched: 'pitch_rate',
  appointment: 'appointment_rate',
  visited: 'show_rate',
  proposal: 'proposal_rate',
  signed: 'close_rate',
};
