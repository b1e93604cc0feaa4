import type { AreaReport, CityWardRow, TrainingPlanView, WardReportView } from '../../src/core/api/report-views';
import type { IndicatorId, IndicatorValue } from '../../src/core/reports/indicators';
import type { TargetProgress } from '../../src/core/reports/targets';

/** An indicator as the service answers it; pass nulls for a suppressed count. */
export const anIndicator = (id: IndicatorId, count: number | null, of: number | null): IndicatorValue => ({
  id,
  count,
  of,
  pct: count === null || of === null || of === 0 ? null : Math.round((1000 * count) / of) / 10,
});

/** A completion target that is late: 1.234 of 20.000 at 150 a week, reached around 15/03/2029. */
export const aTarget = (over: Partial<TargetProgress> = {}): TargetProgress => ({
  indicator: 'completed',
  share: 100,
  by: '2026-12-31',
  count: 1234,
  of: 20000,
  pct: 6.2,
  remaining: 18766,
  perWeek: 150,
  reachedBy: '2029-03-15',
  status: 'late',
  ...over,
});

export const anArea = (
  n: number,
  households: number,
  surveyed: number | null,
  complete: number | null,
): AreaReport => ({
  areaId: `le-chan/${n}`,
  name: `Tổ dân phố ${n}`,
  indicators: [anIndicator('reach', surveyed, households), anIndicator('completed', complete, households)],
});

export const aWardReport = (over: Partial<WardReportView> = {}): WardReportView => ({
  wardId: 'le-chan',
  wardName: 'Phường Lê Chân',
  asOf: '2026-11-24',
  suppressed: true,
  indicators: [
    anIndicator('reach', 900, 1200),
    anIndicator('completed', 300, 1200),
    anIndicator('smartphone', null, 900),
  ],
  targets: [aTarget()],
  byArea: [anArea(3, 120, 80, null), anArea(5, 90, 45, 30)],
  needs: [
    { need: 'vneid', households: 42 },
    { need: 'online-safety', households: null },
  ],
  tracks: [{ trackId: 'vneid', households: 17 }],
  monthly: [
    { month: '2026-09', households: 1000, surveyed: 500, complete: 100 },
    { month: '2026-10', households: 1150, surveyed: 750, complete: 200 },
    { month: '2026-11', households: 1200, surveyed: 900, complete: 300 },
  ],
  ...over,
});

export const aTrainingPlan = (over: Partial<TrainingPlanView> = {}): TrainingPlanView => ({
  wardId: 'le-chan',
  wardName: 'Phường Lê Chân',
  asOf: '2026-11-24',
  visitLists: false,
  areas: [
    {
      areaId: 'le-chan/3',
      name: 'Tổ dân phố 3',
      households: 120,
      items: [
        { kind: 'lacks', fact: 'vneid2', households: 42, shown: 42 },
        { kind: 'lacks', fact: 'smartphone', households: 17, shown: 17 },
        { kind: 'wants', need: 'online-safety', households: 2, shown: null },
        { kind: 'survey', households: 1, shown: null },
      ],
    },
  ],
  ...over,
});

export const aCityWard = (over: Partial<CityWardRow> = {}): CityWardRow => ({
  wardId: 'le-chan',
  wardName: 'Phường Lê Chân',
  indicators: [anIndicator('reach', 900, 1200), anIndicator('completed', 300, 1200)],
  targets: [aTarget({ status: 'on_track', reachedBy: '2026-12-01' })],
  completedPerWeek: 37.5,
  lagging: false,
  ...over,
});
