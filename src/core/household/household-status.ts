import { isComplete } from './household-progress';

/** Where a household stands on the required lessons, as the team's list shows it. */
export type HouseholdStatus = 'not_started' | 'in_progress' | 'completed';

export type StatusInput = { doneCount: number; total: number };

/** Failed attempts and optional lessons do not count: "started" means at least one required lesson passed. */
export function householdStatus(p: StatusInput): HouseholdStatus {
  if (isComplete(p.doneCount, p.total)) return 'completed';
  return p.doneCount > 0 ? 'in_progress' : 'not_started';
}

export type VisitRank = { needsVisit: boolean; doneCount: number; lastActivity: string | null; code: string };

/**
 * Orders the list so the next house to visit is on top: households needing a visit first, then the least progress,
 * then the longest quiet (never active first), then by code so pages are stable. The SQL list query mirrors this.
 */
export function compareVisitPriority(a: VisitRank, b: VisitRank): number {
  if (a.needsVisit !== b.needsVisit) return a.needsVisit ? -1 : 1;
  if (a.doneCount !== b.doneCount) return a.doneCount - b.doneCount;
  if (a.lastActivity !== b.lastActivity) {
    if (a.lastActivity === null) return -1;
    if (b.lastActivity === null) return 1;
    return new Date(a.lastActivity).getTime() - new Date(b.lastActivity).getTime();
  }
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
