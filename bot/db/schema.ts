import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type AreaTable = { id: string; ward_id: string; ward_name: string; name: string; sort: number };

export type HouseholdTable = {
  id: string;
  code: string;
  area_id: string;
  label: string | null;
  created_at: Generated<Timestamp>;
};

export type MemberTable = {
  id: string;
  /** App-scoped Zalo user id (or a development id): never a phone number. */
  zalo_id: string;
  display_name: string;
  household_id: string | null;
  role: 'head' | 'member';
  consent_at: Timestamp | null;
  consent_version: string | null;
  created_at: Generated<Timestamp>;
};

export type CompletionTable = {
  /** Client-generated idempotency id: the same result sent twice is stored once. */
  id: string;
  member_id: string | null;
  household_id: string;
  lesson_id: string;
  lesson_version: number;
  score: number;
  passed: boolean;
  completed_at: Timestamp;
  source: 'app' | 'bot' | 'assisted';
  recorded_by: string | null;
  received_at: Generated<Timestamp>;
};

/** A "Thật hay lừa?" round: counts only (migration 011). */
export type PracticeRoundTable = {
  id: string;
  member_id: string;
  household_id: string;
  scams_shown: number;
  scams_caught: number;
  genuine_shown: number;
  genuine_flagged: number;
  played_at: Timestamp;
  source: 'app' | 'bot';
  received_at: Generated<Timestamp>;
};

/** "Thách người nhà": a round's items and the scores played through its link (migration 012). */
export type PracticeChallengeTable = {
  id: string;
  item_ids: string[];
  scores: number[];
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type ConsentEventTable = {
  id: Generated<number>;
  member_id: string;
  kind: 'given' | 'withdrawn';
  version: string;
  at: Timestamp;
};

/** What was deleted and when, without who: counts only. */
export type DeletionLogTable = {
  id: Generated<number>;
  at: Timestamp;
  scope: 'member' | 'member+household';
  completions: number;
};

export type BotQuizSessionTable = {
  user_key: string;
  lesson_id: string;
  question: number;
  taps: ColumnType<number[][], string, string>;
  option_order: ColumnType<number[][], string | undefined, string>;
  updated_at: Generated<Timestamp>;
};
export type HandoffRequestTable = {
  id: Generated<number>;
  at: Generated<Timestamp>;
  channel: string;
  member_id: string | null;
  area_id: string | null;
  question: string | null;
  status: Generated<'open' | 'done'>;
};
/** Questions the bot could not answer, scrubbed of personal data before they are stored. */
export type UnansweredTable = {
  id: Generated<number>;
  at: Generated<Timestamp>;
  channel: string;
  kind: string;
  text: string;
  top_faq: string | null;
  confidence: number;
  ward_id: ColumnType<string | null, string | null | undefined, string | null>;
};

export type StaffRole = 'ward_admin' | 'team' | 'school' | 'city';
type Json<T> = ColumnType<T, string, string>;
/** A member's staff role: bound to their account when they accept an invite. Area ids are only used by teams. */
export type StaffTable = {
  id: string;
  member_id: string;
  role: StaffRole;
  ward_id: string;
  area_ids: Json<string[]>;
  school_name: string | null;
  created_at: Generated<Timestamp>;
};
/** One-time codes are stored as sha256 only: the code itself is shown once and never kept. */
export type StaffInviteTable = {
  id: Generated<string>;
  created_at: Generated<Timestamp>;
  code_hash: string;
  role: StaffRole;
  ward_id: string;
  area_ids: Json<string[]>;
  school_name: string | null;
  created_by: string | null;
  expires_at: Timestamp;
  used_at: Timestamp | null;
};
export type StaffLoginCodeTable = {
  code_hash: string;
  staff_id: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
};
export type SurveyTable = {
  household_id: string;
  answers: Json<unknown>;
  filled_by: 'resident' | 'team';
  updated_at: Timestamp;
};
/** One target: a lesson, a track, or the practice round (`practice`). */
export type SchoolLinkTable = {
  id: string;
  token: string;
  school_staff_id: string;
  class_label: string;
  lesson_id: string | null;
  track_id: string | null;
  practice: Generated<boolean>;
  created_at: Generated<Timestamp>;
};
/** Opens and completions per device, by a hash of token + device id: counts without knowing who. `lesson_id` is 'practice' for the practice round. */
export type SchoolLinkEventTable = {
  link_id: string;
  device_hash: string;
  kind: 'open' | 'complete';
  lesson_id: string;
  at: Generated<Timestamp>;
};

/** Per-household figures kept by triggers (see household-stats.ts): read by the staff list and coverage. */
export type HouseholdStatsTable = {
  household_id: string;
  area_id: string;
  code: string;
  passed: string[];
  last_result_at: Timestamp | null;
  members: number;
  /** Kept by a trigger from required_lessons: bit n set when the household passed the n-th required lesson. */
  required_mask: Generated<number>;
  required_done: Generated<number>;
  survey_at: Timestamp | null;
  /** The survey's answers call for a visit (VNeID below level 2, no smartphone). */
  survey_visit: Generated<boolean>;
  /** What the survey says, as report keys (has:smartphone, need:vneid…): kept by the survey trigger (migration 013). */
  survey_keys: Generated<string[]>;
};

/** Households per tổ dân phố and report key, in 4 shards: kept by triggers (migration 013), summed by the reports. */
export type ReportCountTable = { area_id: string; key: string; shard: number; n: number };
/** The net change of a report key per tổ dân phố and Vietnamese calendar day (pace and month-end trend). */
export type ReportDayTable = { area_id: string; day: ColumnType<string, string, string>; key: string; n: number };

/** lessons/program.yaml's required lessons, mirrored at start; `bit` is the lesson's position in that list. */
export type RequiredLessonTable = { lesson_id: string; bit: number };

/** Attempts per key in a fixed window (sign-in codes, school-link events): shared by every instance of the service. */
export type AttemptCountTable = { key: string; window_start: Timestamp; n: number };

export type CompletionWeekTable = { area_id: string; week: Timestamp; shard: number; n: number };

export type Database = {
  household_stats: HouseholdStatsTable;
  report_counts: ReportCountTable;
  report_days: ReportDayTable;
  required_lessons: RequiredLessonTable;
  completion_weeks: CompletionWeekTable;
  staff: StaffTable;
  attempt_counts: AttemptCountTable;
  staff_invites: StaffInviteTable;
  staff_login_codes: StaffLoginCodeTable;
  surveys: SurveyTable;
  school_links: SchoolLinkTable;
  school_link_events: SchoolLinkEventTable;
  bot_quiz_sessions: BotQuizSessionTable;
  handoff_requests: HandoffRequestTable;
  unanswered_questions: UnansweredTable;
  areas: AreaTable;
  households: HouseholdTable;
  members: MemberTable;
  completions: CompletionTable;
  practice_rounds: PracticeRoundTable;
  practice_challenges: PracticeChallengeTable;
  consent_events: ConsentEventTable;
  deletion_log: DeletionLogTable;
};

export type Member = Selectable<MemberTable>;
export type Household = Selectable<HouseholdTable>;
export type Completion = Selectable<CompletionTable>;
export type NewCompletion = Insertable<CompletionTable>;
export type Staff = Selectable<StaffTable>;
