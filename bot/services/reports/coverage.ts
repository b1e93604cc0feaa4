import type { CoverageView } from '../../../src/core/api/staff-views';
import type { Db } from '../../db/open-database';
import { MIN_SHOWN_COUNT } from '../../../src/core/staff/suppress';
import {
  currentCounts,
  practiceCounts,
  rangeCounts,
  surveyCounts,
  weeklyCounts,
  type PracticeCount,
} from '../../db/queries/coverage';
import { dateRange } from './date-range';
import type { StaffAccess, StaffContext } from '../access/staff-access';

const pct = (n: number, of: number) => (of ? Math.round((1000 * n) / of) / 10 : 0);

/**
 * Coverage at a glance. `from`/`to` choose which results count (completed_at in the range; both optional): a
 * household is "completed" when results in the range pass every required lesson. Survey figures are as of now.
 */
export function createCoverage(deps: { db: Db; access: StaffAccess; required: readonly string[]; now: () => Date }) {
  const { db, access } = deps;
  const required = [...deps.required];

  return {
    async summary(ctx: StaffContext, q: { from?: string; to?: string }): Promise<CoverageView> {
      access.allow(ctx, 'team', 'ward_admin');
      const areaIds = access.areaScope(ctx);
      if (!areaIds.length)
        return { byArea: [], byLesson: [], byWeek: [], survey: { filled: 0, needsVisit: 0 }, practice: [] };
      const scope = { db, areaIds, required };
      const range = dateRange(q);
      const ranged = Boolean(range.from || range.toExclusive);
      const [counts, byWeek, survey, practice] = await Promise.all([
        ranged ? rangeCounts(scope, range) : currentCounts(scope, deps.now()),
        weeklyCounts(scope, range),
        ranged ? surveyCounts(scope, deps.now()) : undefined,
        practiceCounts(scope, range),
      ]);
      const rounds = new Map(practice.map((r) => [r.area_id, r]));
      const byArea = new Map(counts.byArea.map((r) => [r.area_id, r]));
      const households = counts.byArea.reduce((s, r) => s + r.households, 0);
      const lessons = counts.byLesson;
      return {
        byArea: ctx.areas
          .filter((a) => areaIds.includes(a.id))
          .map((a) => {
            const r = byArea.get(a.id) ?? { households: 0, completed: 0 };
            return {
              areaId: a.id,
              name: a.name,
              households: r.households,
              completed: r.completed,
              pct: pct(r.completed, r.households),
            };
          }),
        byLesson: required.map((lessonId) => ({
          lessonId,
          completedHouseholds: lessons.get(lessonId) ?? 0,
          pct: pct(lessons.get(lessonId) ?? 0, households),
        })),
        byWeek: byWeek.map((r) => ({ weekStart: r.week, completions: r.n })),
        survey: survey ?? counts.survey ?? { filled: 0, needsVisit: 0 },
        practice: ctx.areas
          .filter((a) => areaIds.includes(a.id))
          .map((a) => practiceRow(a.id, a.name, rounds.get(a.id))),
      };
    },
  };
}

/**
 * One tổ's practice: rounds played, the share of scams caught and of real messages wrongly called scams. Under
 * MIN_SHOWN_COUNT rounds nothing is shown: in a small tổ a share could point at one person.
 */
function practiceRow(areaId: string, name: string, r: PracticeCount | undefined): CoverageView['practice'][number] {
  const rounds = r?.rounds ?? 0;
  if (!r || rounds < MIN_SHOWN_COUNT)
    return { areaId, name, rounds: null, scamsCaughtPct: null, genuineFlaggedPct: null, suppressed: rounds > 0 };
  const share = (n: number, of: number) => (of ? pct(n, of) : null);
  return {
    areaId,
    name,
    rounds,
    scamsCaughtPct: share(r.scams_caught, r.scams_shown),
    genuineFlaggedPct: share(r.genuine_flagged, r.genuine_shown),
    suppressed: false,
  };
}

export type Coverage = ReturnType<typeof createCoverage>;
