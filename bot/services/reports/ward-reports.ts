import type { CityOverviewView, TrainingPlanView, WardReportView } from '../../../src/core/api/report-views';
import {
  buildCityOverview,
  buildTrainingPlan,
  buildWardReport,
  paceFrom,
  type WardCountsInput,
} from '../../../src/core/reports/build-reports';
import { type ReportKey, type TrackLessons } from '../../../src/core/reports/report-keys';
import { indicatorById, INDICATORS } from '../../../src/core/reports/indicators';
import { vnCalendarDay } from '../../../src/core/calendar/vietnam-time';
import type { Db } from '../../db/open-database';
import type { Ward } from '../households/areas';
import { seesNames, type StaffAccess, type StaffContext } from '../access/staff-access';
import type { ExportFile } from './exports';
import { annualWorkbook } from './annual-workbook';
import { areaCounts, gainedSince, monthlyChanges, wardCounts, wardGainsSince } from '../../db/queries/reports';

/** The keys the city compares wards on: every indicator's count and denominator. */
const CITY_KEYS = [...new Set(INDICATORS.flatMap((i) => [i.key, i.of]))] as ReportKey[];

/**
 * The ward plans' reports: the ward (or a team's own tổ) against its targets, the training plan per tổ, and the city
 * overview. Whoever does not see names (ward admins, the city) gets counts of 1 or 2 hidden.
 */
export function createWardReports(deps: {
  db: Db;
  access: StaffAccess;
  wards: readonly Ward[];
  tracks: readonly (TrackLessons & { title: { vi: string } })[];
  now: () => Date;
}) {
  const { db, access } = deps;
  const today = () => vnCalendarDay(deps.now()).toISOString().slice(0, 10);
  const targetsOf = (wardId: string) => deps.wards.find((w) => w.wardId === wardId)?.targets ?? [];

  /** What the ward report and the training plan both stand on, read once: the roll-up counts of the caller's tổ. */
  async function read(ctx: StaffContext, withPace: boolean) {
    access.allow(ctx, 'team', 'ward_admin');
    const areaIds = access.areaScope(ctx);
    const day = today();
    const [counts, gained, changes] = await Promise.all([
      areaCounts(db, areaIds),
      withPace ? gainedSince(db, areaIds, paceFrom(day)) : {},
      withPace ? monthlyChanges(db, areaIds, ['households', 'surveyed', 'complete']) : [],
    ]);
    return { day, counts, gained, changes, suppress: !seesNames(ctx) };
  }
  type Read = Awaited<ReturnType<typeof read>>;

  // The ward report and the training plan count the same areas on the same day: one place says how.
  const countsInput = (ctx: StaffContext, r: Read): WardCountsInput => ({
    wardId: ctx.wardId,
    wardName: ctx.wardName,
    today: r.day,
    suppress: r.suppress,
    areas: ctx.areas,
    counts: r.counts,
  });
  const wardView = (ctx: StaffContext, r: Read): WardReportView =>
    buildWardReport({
      ...countsInput(ctx, r),
      gained: r.gained,
      targets: targetsOf(ctx.wardId),
      tracks: deps.tracks,
      changes: r.changes,
    });
  const planView = (ctx: StaffContext, r: Read): TrainingPlanView => buildTrainingPlan(countsInput(ctx, r));

  return {
    ward: async (ctx: StaffContext) => wardView(ctx, await read(ctx, true)),
    trainingPlan: async (ctx: StaffContext) => planView(ctx, await read(ctx, false)),

    /** The annual report as one workbook: against targets, by tổ, needs and the plan, the monthly trend. */
    async annualXlsx(ctx: StaffContext): Promise<ExportFile> {
      // Both views from one read: the same counts, and the same day even across midnight.
      const r = await read(ctx, true);
      const report = wardView(ctx, r);
      const body = await annualWorkbook(report, planView(ctx, r), new Map(deps.tracks.map((t) => [t.id, t.title.vi])));
      return {
        filename: `bao-cao-nam-${ctx.wardId}-${report.asOf}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: new Blob([body]).stream(),
      };
    },

    async city(ctx: StaffContext): Promise<CityOverviewView> {
      access.allow(ctx, 'city');
      const day = today();
      // The pace is read for what it is shown for: completion, and the wards' targets.
      const paceKeys = [
        ...new Set<ReportKey>([
          'complete',
          ...deps.wards.flatMap((w) => (w.targets ?? []).map((t) => indicatorById(t.indicator).key)),
        ]),
      ];
      const [counts, gained] = await Promise.all([
        wardCounts(db, CITY_KEYS),
        wardGainsSince(db, paceKeys, paceFrom(day)),
      ]);
      return buildCityOverview({
        today: day,
        wards: deps.wards.map((w) => ({ wardId: w.wardId, wardName: w.wardName, targets: w.targets ?? [] })),
        counts,
        gained,
      });
    },
  };
}

export type WardReports = ReturnType<typeof createWardReports>;
