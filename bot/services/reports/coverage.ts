import type { CoverageView } from '../../../src/core/api/staff-views';
import type { Db } from '../../db/open-database';
import { currentCounts, rangeCounts, surveyCounts, weeklyCounts } from './coverage-queries';
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
      if (!areaIds.length) return { byArea: [], byLesson: [], byWeek: [], survey: { filled: 0, needsVisit: 0 } };
      const scope = { db, areaIds, required };
      const range = dateRange(q);
      const ranged = Boolean(range.from || range.toExclusive);
      const [counts, byWeek, survey] = await Promise.all([
        ranged ? rangeCounts(scope, range) : currentCounts(scope, deps.now()),
        weeklyCounts(scope, range),
        ranged ? surveyCounts(scope, deps.now()) : undefined,
      ]);
      const byArea = new Map(counts.byArea.map((r) => [r.area_id, r]));
      const households = counts.byArea.reduce((s, r) => s + r.households, 0);
      const lessons = counts.byLesson;
      return {
        byArea: ctx.areas
          .filter((a) => areaIds.includes(a.id))
          .map((a) => {
            const r = byArea.get(a.id) ?? { households: 0, completed: 0 };
            return { areaId: a.id, name: a.name, households: r.households, completed: r.completed, pct: pct(r.completed, r.households) };
          }),
        byLesson: required.map((lessonId) => ({ lessonId, completedHouseholds: lessons.get(lessonId) ?? 0, pct: pct(lessons.get(lessonId) ?? 0, households) })),
        byWeek: byWeek.map((r) => ({ weekStart: r.week, completions: r.n })),
        survey: survey ?? counts.survey ?? { filled: 0, needsVisit: 0 },
      };
    },
  };
}

export type Coverage = ReturnType<typeof createCoverage>;
