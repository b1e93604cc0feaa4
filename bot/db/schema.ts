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

export type Database = {
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
