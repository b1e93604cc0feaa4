import type {
  AreaReport,
  CityOverviewView,
  CityWardRow,
  MonthPoint,
  TrainingPlanView,
  WardReportView,
} from '../api/report-views';
import { indicatorById, indicatorValues, shownCount } from './indicators';
import { addCounts, countOf, LEARNING_NEEDS, type KeyCounts, type ReportKey, type TrackLessons } from './report-keys';
import { PACE_DAYS, targetProgress, type Target } from './targets';
import { trainingPlan } from './training-plan';

// Turns roll-up counts into the report views, without touching a database: the service reads, this decides.

const DAY = 86_400_000;
const indicatorKey = (t: Target) => indicatorById(t.indicator).key;

/** The first day of the pace window ending `today` (yyyy-mm-dd): the last 4 weeks, today included. */
export const paceFrom = (today: string) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - (PACE_DAYS - 1) * DAY).toISOString().slice(0, 10);

/** The 12 months up to today's (yyyy-mm), oldest first. */
export function lastMonths(today: string, n = 12): string[] {
  const [y, m] = today.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (n - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/** Month-end levels from monthly net changes: everything before a month plus that month's change. */
export function monthEndTrend(
  changes: readonly { month: string; key: ReportKey; n: number }[],
  months: readonly string[],
): MonthPoint[] {
  const level = (key: ReportKey, month: string) =>
    changes.filter((c) => c.key === key && c.month <= month).reduce((s, c) => s + c.n, 0);
  return months.map((month) => ({
    month,
    households: level('households', month),
    surveyed: level('surveyed', month),
    complete: level('complete', month),
  }));
}

/** What every ward view starts from: the ward, its areas and each area's counts as of today. */
export type WardCountsInput = {
  wardId: string;
  wardName: string;
  today: string;
  suppress: boolean;
  areas: readonly { id: string; name: string }[];
  counts: ReadonlyMap<string, KeyCounts>;
};

export type WardReportInput = WardCountsInput & {
  gained: KeyCounts;
  targets: readonly Target[];
  tracks: readonly TrackLessons[];
  changes: readonly { month: string; key: ReportKey; n: number }[];
};

export function buildWardReport(i: WardReportInput): WardReportView {
  const total = addCounts(...i.areas.map((a) => i.counts.get(a.id) ?? {}));
  const byArea: AreaReport[] = i.areas.map((a) => ({
    areaId: a.id,
    name: a.name,
    indicators: indicatorValues(i.counts.get(a.id) ?? {}, i.suppress),
  }));
  return {
    wardId: i.wardId,
    wardName: i.wardName,
    asOf: i.today,
    suppressed: i.suppress,
    indicators: indicatorValues(total, i.suppress),
    targets: i.targets.map((t) => targetProgress(t, total, countOf(i.gained, indicatorKey(t)), i.today)),
    byArea,
    needs: LEARNING_NEEDS.map((need) => ({ need, households: shownCount(countOf(total, `need:${need}`), i.suppress) })),
    tracks: i.tracks.map((t) => ({
      trackId: t.id,
      households: shownCount(countOf(total, `track:${t.id}`), i.suppress),
    })),
    monthly: monthEndTrend(i.changes, lastMonths(i.today)),
  };
}

export function buildTrainingPlan(i: WardCountsInput): TrainingPlanView {
  return {
    wardId: i.wardId,
    wardName: i.wardName,
    asOf: i.today,
    visitLists: !i.suppress,
    areas: i.areas.map((a) => {
      const c = i.counts.get(a.id) ?? {};
      return {
        areaId: a.id,
        name: a.name,
        households: countOf(c, 'households'),
        items: trainingPlan(c).map((item) => ({ ...item, shown: shownCount(item.households, i.suppress) })),
      };
    }),
  };
}

export type CityInput = {
  today: string;
  wards: readonly { wardId: string; wardName: string; targets: readonly Target[] }[];
  counts: ReadonlyMap<string, KeyCounts>;
  gained: ReadonlyMap<string, KeyCounts>;
};

/**
 * Every ward side by side. A ward lags when one of its targets is late or stalled, or when its completion share is in
 * the bottom quarter of the wards that have households (with at least four such wards to compare).
 */
export function buildCityOverview(i: CityInput): CityOverviewView {
  const rows: CityWardRow[] = i.wards.map((w) => {
    const c = i.counts.get(w.wardId) ?? {};
    const g = i.gained.get(w.wardId) ?? {};
    const targets = w.targets.map((t) => targetProgress(t, c, countOf(g, indicatorKey(t)), i.today));
    return {
      wardId: w.wardId,
      wardName: w.wardName,
      indicators: indicatorValues(c, true),
      targets,
      completedPerWeek: Math.round((countOf(g, 'complete') / (PACE_DAYS / 7)) * 10) / 10,
      lagging: targets.some((t) => t.status === 'late' || t.status === 'stalled'),
    };
  });
  const share = (w: { wardId: string }) => {
    const c = i.counts.get(w.wardId) ?? {};
    return countOf(c, 'complete') / countOf(c, 'households');
  };
  const compared = i.wards.filter((w) => countOf(i.counts.get(w.wardId) ?? {}, 'households') > 0);
  if (compared.length >= 4) {
    const sorted = compared.map(share).sort((a, b) => a - b);
    const cut = sorted[Math.floor(sorted.length / 4) - 1];
    for (const r of rows) if (compared.some((w) => w.wardId === r.wardId) && share(r) <= cut) r.lagging = true;
  }
  return { asOf: i.today, wards: rows, city: { indicators: indicatorValues(addCounts(...i.counts.values()), true) } };
}
