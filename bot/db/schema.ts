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

export type ConsentEventTable = { id: Generated<number>; member_id: string; kind: 'given' | 'withdrawn'; version: string; at: Timestamp };

/** What was deleted and when, without who: counts only. */
export type DeletionLogTable = { id: Generated<number>; at: Timestamp; scope: 'member' | 'member+household'; completions: number };

export type BotQuizSessionTable = { user_key: string; lesson_id: string; question: number; taps: ColumnType<number[][], string, string>; updated_at: Generated<Timestamp> };
export type HandoffRequestTable = { id: Generated<number>; at: Generated<Timestamp>; channel: string; member_id: string | null; area_id: string | null; question: string | null; status: Generated<'open' | 'done'> };
/** Questions the bot could not answer, scrubbed of personal data before they are stored. */
export type UnansweredTable = { id: Generated<number>; at: Generated<Timestamp>; channel: string; kind: string; text: string; top_faq: string | null; confidence: number };

export type Database = {
  bot_quiz_sessions: BotQuizSessionTable;
  handoff_requests: HandoffRequestTable;
  unanswered_questions: UnansweredTable;
  areas: AreaTable;
  households: HouseholdTable;
  members: MemberTable;
  completions: CompletionTable;
  consent_events: ConsentEventTable;
  deletion_log: DeletionLogTable;
};

export type Member = Selectable<MemberTable>;
export type Household = Selectable<HouseholdTable>;
export type Completion = Selectable<CompletionTable>;
export type NewCompletion = Insertable<CompletionTable>;
