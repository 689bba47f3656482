import type { TeamView } from '../store/types.ts';

/** Where a CAC figure comes from: typed by the user, or the team's campaign costs. */
export interface CacFigure {
  value: number;
  source: 'option' | 'campaigns';
}

/**
 * `cac` = prospecting/marketing costs / new customers won (DOMAIN §2). Campaign records carry no
 * cost yet (costs arrive with the campaign feature, issue 7): until then only a `cac:` typed by
 * the user counts, and the answer says "CAC not available" otherwise.
 */
export function cacFor(_view: TeamView, typed: number | undefined): CacFigure | null {
  return typed === undefined ? null : { value: typed, source: 'option' };
}
