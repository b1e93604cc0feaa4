import type { SurveyAnswers } from '../survey/survey';
import type { SurveySaveStatus } from '../survey/survey-time';
import type { HouseholdView, MemberView } from './schemas';

// Responses of the staff API, as the app reads them.

/** The roles a ward hands out (invites, its roster). */
export type StaffRoleName = 'ward_admin' | 'team' | 'school';
/** 'city': the city's overview of every ward, counts only; created on the server (npm run staff -- create-city). */
export type StaffMeRole = StaffRoleName | 'city';
export type StaffMeView = {
  role: StaffMeRole;
  wardId: string;
  wardName: string;
  areaIds: string[];
  schoolName: string | null;
  areas: { id: string; name: string }[];
};
export type InviteView = { code: string; expiresAt: string; link: string; qrSvg: string };
export type LoginCodeView = { code: string; expiresAt: string };
/** An invite not yet accepted; the code itself was shown once and is never stored, so it is not here. */
export type PendingInviteView = {
  id: string;
  role: StaffRoleName;
  areas: string[];
  schoolName: string | null;
  createdAt: string;
  expiresAt: string;
};
export type StaffMemberView = {
  id: string;
  name: string;
  role: StaffRoleName;
  areas: string[];
  schoolName: string | null;
  since: string;
  you: boolean;
};
export type StaffRosterView = { invites: PendingInviteView[]; staff: StaffMemberView[] };
/** A join-card page anyone holding the link may open for a few minutes (a printer, Zalo's in-app browser). */
export type JoinCardsLinkView = { url: string; expiresAt: string };

export type StaffHouseholdRow = {
  id: string;
  code: string;
  label: string | null;
  areaId: string;
  areaName: string;
  members: number;
  doneCount: number;
  total: number;
  complete: boolean;
  /** Required lessons only: lesson id → passed by any member. */
  lessons: Record<string, boolean>;
  lastActivity: string | null;
  survey: boolean;
  needsVisit: boolean;
};
export type StaffHouseholdPage = { items: StaffHouseholdRow[]; total: number; page: number; pageSize: number };

export type SurveyView = { answers: SurveyAnswers; filledBy: 'resident' | 'team'; updatedAt: string };
export type SurveyResult = { survey: SurveyView | null; needsVisit: boolean };
/** After a save: `stale` when newer answers were kept instead (a survey sent late from a phone), `duplicate` when sent twice. */
export type SurveySaved = SurveyResult & { status: SurveySaveStatus };

export type HistoryEntry = {
  at: string;
  lessonId: string;
  memberName: string | null;
  source: 'app' | 'bot' | 'assisted';
  passed: boolean;
  score: number;
  recordedBy: string | null;
};
export type StaffHouseholdDetail = {
  household: HouseholdView;
  /** consent: the member's current decision on the data notice; no dates, the team only needs to know whether. */
  members: (Pick<MemberView, 'id' | 'displayName' | 'role'> & { consent: 'given' | 'withdrawn' })[];
  lessons: { lessonId: string; done: boolean; doneBy: string[]; firstDoneAt?: string }[];
  history: HistoryEntry[];
  survey: SurveyView | null;
  needsVisit: boolean;
};
export type AssistedResult = {
  id: string;
  status: 'recorded' | 'duplicate';
  householdId: string;
  memberId: string | null;
  lessonId: string;
  source: 'assisted';
  recordedBy: string;
  passed: boolean;
  score: number;
  completedAt: string;
};
export type CreatedHousehold = { id: string; code: string };

export type CoverageView = {
  byArea: { areaId: string; name: string; households: number; completed: number; pct: number }[];
  byLesson: { lessonId: string; completedHouseholds: number; pct: number }[];
  byWeek: { weekStart: string; completions: number }[];
  survey: { filled: number; needsVisit: number };
  /** "Thật hay lừa?" per tổ: null figures with `suppressed` when fewer than 3 rounds were played there. */
  practice: {
    areaId: string;
    name: string;
    rounds: number | null;
    scamsCaughtPct: number | null;
    genuineFlaggedPct: number | null;
    suppressed: boolean;
  }[];
};
export type UnansweredGroupView = { example: string; count: number; lastAt: string; texts: string[] };

export type SchoolLinkCreated = { id: string; token: string; link: string; qrSvg: string };
/** `practice`: the link opens a practice round; then lessonId and trackId are null and `completed` counts finished rounds. */
export type SchoolLinkView = {
  id: string;
  classLabel: string;
  lessonId: string | null;
  trackId: string | null;
  practice: boolean;
  link: string;
  qrSvg: string;
  opened: number | null;
  completed: number | null;
  suppressed: boolean;
};
