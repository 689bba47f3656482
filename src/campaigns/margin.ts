import type { Activity } from '../domain/entities.ts';

/**
 * Where `margin_generated` comes from: logged margins, revenue × markup rate, both, nothing signed,
 * or `unknown` when a signature's margin can be neither read nor estimated (the margin is then null).
 */
export type MarginBase = 'logged' | 'markup' | 'mixed' | 'none' | 'unknown';

export interface SignedFigures {
  signed: number;
  /** Sum of the signed amounts (revenue HT). */
  revenue: number;
  /** null when a signature has no logged margin and the team has no markup rate to estimate it. */
  margin: number | null;
  base: MarginBase;
  loggedMargin: number;
  estimatedMargin: number;
  /** Signatures whose margin could not be known. */
  unknownMargin: number;
}

/**
 * Revenue and margin of the signatures (DOMAIN §3 `margin_generated`): a signature's logged margin,
 * else its amount × the team's markup rate (taux de marque). BTS analysis compares margin, not revenue, with cost.
 */
export function signedFigures(activities: readonly Activity[], markupRate: number | null): SignedFigures {
  let signed = 0;
  let revenue = 0;
  let logged = 0;
  let estimated = 0;
  let nLogged = 0;
  let nEstimated = 0;
  let unknown = 0;
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i] as Activity;
    if (a.outcome !== 'signed') continue;
    signed++;
    revenue += a.amount ?? 0;
    if (a.margin !== undefined) {
      logged += a.margin;
      nLogged++;
    } else if (a.amount !== undefined && markupRate !== null) {
      estimated += a.amount * markupRate;
      nEstimated++;
    } else if (a.amount !== undefined) {
      unknown++;
    }
  }
  const base: MarginBase =
    signed === 0
      ? 'none'
      : unknown > 0
        ? 'unknown'
        : nEstimated === 0
          ? 'logged'
          : nLogged === 0
            ? 'markup'
            : 'mixed';
  return {
    signed,
    revenue,
    margin: unknown > 0 ? null : logged + estimated,
    base,
    loggedMargin: logged,
    estimatedMargin: estimated,
    unknownMargin: unknown,
  };
}
