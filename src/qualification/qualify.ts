import { BANT, type Criterion, type Priority } from '../domain/operation-ids.ts';

export interface Grid {
  weights: Readonly<Record<Criterion, number>>;
  /** Score (0..100) from which a prospect is hot, warm; below warm it is cold. */
  hotFrom: number;
  warmFrom: number;
}

export interface Qualification {
  /** Σ weight × score / (3 × Σ weight) × 100: 0..100, whatever the weights. */
  score: number;
  priority: Priority;
}

/**
 * The weighted BANT score (DOMAIN §3). A criterion weighted 0 does not count; null when every
 * weight is 0. Priority: hot from `hotFrom`, warm from `warmFrom`, else cold (defaults 70 and 40).
 */
export function qualify(
  scores: Readonly<Partial<Record<Criterion, number>>>,
  grid: Grid,
): Qualification | null {
  let weighted = 0;
  let weights = 0;
  for (const c of BANT) {
    const w = grid.weights[c];
    if (w === 0) continue;
    weighted += w * (scores[c] ?? 0);
    weights += w;
  }
  if (weights === 0) return null;
  const score = (weighted / (3 * weights)) * 100;
  return { score, priority: priorityOf(score, grid) };
}

export function priorityOf(score: number, grid: Pick<Grid, 'hotFrom' | 'warmFrom'>): Priority {
  return score >= grid.hotFrom ? 'hot' : score >= grid.warmFrom ? 'warm' : 'cold';
}

/** The criteria that count (weight > 0) but have no score yet. */
export function missingCriteria(
  scores: Readonly<Partial<Record<Criterion, number>>>,
  grid: Pick<Grid, 'weights'>,
): Criterion[] {
  return BANT.filter((c) => grid.weights[c] > 0 && scores[c] === undefined);
}
