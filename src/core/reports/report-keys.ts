import type { SurveyAnswers } from '../survey/survey';
import { TOPICS } from '../survey/topics';
import { isComplete } from '../household/household-progress';

// Every indicator of the ward reports is a count of households that "count towards" a key, over a denominator that is
// itself such a count. This file says, once, which keys a household counts towards; rules-sql.ts holds the same rule
// in SQL (hvs_survey_keys, hvs_report_keys), and a roll-up table kept by triggers holds the counts per tổ dân phố,
// so a ward or the city adds up a few hundred rows instead of recounting households. report-rules.test.ts runs the
// same households through both forms on both databases.

/** What the survey says the household has or does: self-reported, so every share shows its denominator. */
export const SURVEY_FACTS = ['smartphone', 'zalo', 'vneid2', 'online_services', 'cashless', 'smart_hai_phong'] as const;
export type SurveyFact = (typeof SURVEY_FACTS)[number];

/** Where each fact sits in the survey's answers (the SQL form reads the same paths). */
export const FACT_PATHS: Record<SurveyFact, { path: readonly [string, string]; atLeast?: number }> = {
  smartphone: { path: ['devices', 'smartphone'] },
  zalo: { path: ['uses', 'zalo'] },
  vneid2: { path: ['uses', 'vneidLevel'], atLeast: 2 },
  online_services: { path: ['uses', 'onlinePublicServices'] },
  cashless: { path: ['uses', 'cashlessPayments'] },
  smart_hai_phong: { path: ['uses', 'smartHaiPhong'] },
};

export const LEARNING_NEEDS = [...TOPICS, 'other'] as const;
export type LearningNeed = (typeof LEARNING_NEEDS)[number];

export type ReportKey =
  'households' | 'surveyed' | 'complete' | `has:${SurveyFact}` | `need:${LearningNeed}` | `track:${string}`;

/**
 * Keys whose day-by-day changes are kept too (the pace of the last four weeks, the monthly trend): the ones a target
 * can be set on. The others (needs, tracks) are only kept as they stand today.
 */
export const FLOW_KEYS: readonly ReportKey[] = [
  'households',
  'surveyed',
  'complete',
  ...SURVEY_FACTS.map((f) => `has:${f}` as const),
];

/** The keys the survey's answers give a household (stored on the household when the survey is saved). */
export function surveyKeys(answers: SurveyAnswers): ReportKey[] {
  const keys: ReportKey[] = [];
  for (const fact of SURVEY_FACTS) {
    const { path, atLeast } = FACT_PATHS[fact];
    const value = (answers as unknown as Record<string, Record<string, unknown>>)[path[0]]?.[path[1]];
    if (atLeast === undefined ? value === true : typeof value === 'number' && value >= atLeast)
      keys.push(`has:${fact}`);
  }
  for (const topic of TOPICS) if (answers.wantsToLearn.topics.includes(topic)) keys.push(`need:${topic}`);
  if (answers.wantsToLearn.other?.trim()) keys.push('need:other');
  return keys;
}

export type TrackLessons = { id: string; lessons: readonly string[] };

export type HouseholdFacts = {
  /** Lessons passed by anyone in the household. */
  passed: readonly string[];
  required: readonly string[];
  survey: SurveyAnswers | null;
};

/**
 * Every key a household counts towards: always "households"; "surveyed" once a survey is saved, with what it says;
 * "complete" when every required lesson is passed; "track:<id>" for each track whose every lesson is passed.
 */
export function householdKeys(h: HouseholdFacts, tracks: readonly TrackLessons[]): ReportKey[] {
  const passed = new Set(h.passed);
  const keys: ReportKey[] = ['households'];
  if (h.survey) keys.push('surveyed', ...surveyKeys(h.survey));
  if (isComplete(h.required.filter((l) => passed.has(l)).length, h.required.length)) keys.push('complete');
  for (const t of tracks) if (t.lessons.length && t.lessons.every((l) => passed.has(l))) keys.push(`track:${t.id}`);
  return keys;
}

/** Counts per key, as the roll-up keeps them for a tổ, a ward or the city. A key nobody counts towards is absent. */
export type KeyCounts = Partial<Record<ReportKey, number>>;

export const countOf = (c: KeyCounts, key: ReportKey) => c[key] ?? 0;

/** Adds up counts (tổ → ward → city). */
export function addCounts(...all: KeyCounts[]): KeyCounts {
  const sum: KeyCounts = {};
  for (const c of all) for (const [k, n] of Object.entries(c) as [ReportKey, number][]) sum[k] = (sum[k] ?? 0) + n;
  return sum;
}

/** Recounts from households: what the roll-up must always equal. */
export function countHouseholds(households: readonly HouseholdFacts[], tracks: readonly TrackLessons[]): KeyCounts {
  const c: KeyCounts = {};
  for (const h of households) for (const k of householdKeys(h, tracks)) c[k] = (c[k] ?? 0) + 1;
  return c;
}
