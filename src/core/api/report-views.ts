import type { IndicatorValue } from '../reports/indicators';
import type { LearningNeed } from '../reports/report-keys';
import type { TargetProgress } from '../reports/targets';
import type { PlanItem } from '../reports/training-plan';

// What the report endpoints answer. Counts are households; a null count was suppressed (1 or 2, shown as "< 3") for
// anyone who does not see names (ward admins, the city), so a figure can never point at one household.

export type AreaReport = { areaId: string; name: string; indicators: IndicatorValue[] };

/** One month of the trend: the households counted at the end of that month (Vietnam time). */
export type MonthPoint = { month: string; households: number; surveyed: number; complete: number };

/** GET /api/staff/reports/ward: a ward admin's whole ward, or a team's own tổ. */
export type WardReportView = {
  wardId: string;
  wardName: string;
  /** The Vietnamese calendar day the figures are for (yyyy-mm-dd). */
  asOf: string;
  /** Whether names and small counts are hidden from this viewer. */
  suppressed: boolean;
  indicators: IndicatorValue[];
  targets: TargetProgress[];
  byArea: AreaReport[];
  needs: { need: LearningNeed; households: number | null }[];
  tracks: { trackId: string; households: number | null }[];
  monthly: MonthPoint[];
};

/** GET /api/staff/reports/training-plan: per tổ, what to organise, most households first. */
export type TrainingPlanView = {
  wardId: string;
  wardName: string;
  asOf: string;
  /** Whether this viewer may open the visit list behind an item (the tổ's own team only). */
  visitLists: boolean;
  areas: { areaId: string; name: string; households: number; items: (PlanItem & { shown: number | null })[] }[];
};

/** GET /api/staff/reports/city: every configured ward side by side, counts only. */
export type CityWardRow = {
  wardId: string;
  wardName: string;
  indicators: IndicatorValue[];
  targets: TargetProgress[];
  /** Households that finished the required lessons, net gain per week over the last 4 weeks. */
  completedPerWeek: number;
  /** Behind: a target late or stalled, or reach and completion in the bottom quarter of wards. */
  lagging: boolean;
};
export type CityOverviewView = { asOf: string; wards: CityWardRow[]; city: { indicators: IndicatorValue[] } };
