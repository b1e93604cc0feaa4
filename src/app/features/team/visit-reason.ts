import type { StaffHouseholdDetail, StaffHouseholdRow } from '../../../core/api/staff-schemas';
import { visitReasons, VISIT_AFTER_DAYS, type VisitReason } from '../../../core/survey/survey';

/** A list row carries no survey answers: "the survey says so" stands for VNeID below level 2 or no smartphone. */
export type RowVisitReason = VisitReason | 'survey';

/** Why a row of the list is marked "Cần đến thăm", from the facts the row has. */
export function rowVisitReason(row: StaffHouseholdRow, now = new Date()): RowVisitReason | undefined {
  if (!row.needsVisit) return undefined;
  if (!row.survey) return 'no_survey';
  const quiet =
    !row.lastActivity || now.getTime() - new Date(row.lastActivity).getTime() > VISIT_AFTER_DAYS * 86_400_000;
  return !row.complete && quiet ? 'quiet' : 'survey';
}

/** Why a household's detail is marked "Cần đến thăm", by the same rule the service applies (src/core/survey). */
export function detailVisitReasons(d: StaffHouseholdDetail, now = new Date()): VisitReason[] {
  if (!d.needsVisit) return [];
  const times = [...d.history.map((h) => h.at), ...(d.survey ? [d.survey.updatedAt] : [])].sort();
  const complete = d.lessons.length > 0 && d.lessons.every((l) => l.done);
  return visitReasons({ complete, lastActivity: times[times.length - 1] ?? null }, d.survey?.answers ?? null, now);
}
