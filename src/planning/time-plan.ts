/** DOMAIN §3 time planning: time available against time needed, capacity and team size. */
export interface TimeInput {
  workingDays: number;
  hoursPerDay: number;
  /** Hours per week spent on other tasks (admin, meetings, customers), per rep. */
  otherHoursPerWeek: number;
  /** Days of leave per rep in the period. */
  leaveDays: number;
  reps: number;
  visits: number;
  calls: number;
  visitMin: number;
  travelMin: number;
  callMin: number;
}

export interface TimePlan {
  /** Per rep: (working days − leave) × hours a day − other tasks (hours per week × days / 5). */
  time_available: number;
  /** All reps together. */
  time_available_team: number;
  /** Hours: visits × (visit + travel) + calls × call length. */
  time_needed: number;
  /** Hours one visit takes, travel included. */
  per_visit_hours: number;
  /** Visits one rep can make in the time available: time_available / per-visit time (null when a visit takes no time). */
  capacity: number | null;
  /** Reps needed for the visits: visits / capacity (null when capacity is 0). */
  team_size: number | null;
  /** Reps needed for all the work (visits and calls): time_needed / time_available (null when 0). */
  reps_needed: number | null;
  feasible: boolean;
}

export function timePlan(i: TimeInput): TimePlan {
  const days = Math.max(0, i.workingDays - i.leaveDays);
  const available = Math.max(0, days * i.hoursPerDay - i.otherHoursPerWeek * (days / 5));
  const perVisit = (i.visitMin + i.travelMin) / 60;
  const needed = i.visits * perVisit + (i.calls * i.callMin) / 60;
  const capacity = perVisit === 0 ? null : available / perVisit;
  const team = available * i.reps;
  return {
    time_available: available,
    time_available_team: team,
    time_needed: needed,
    per_visit_hours: perVisit,
    capacity,
    team_size: capacity === null || capacity === 0 ? null : i.visits / capacity,
    reps_needed: available === 0 ? null : needed / available,
    feasible: needed <= team,
  };
}
