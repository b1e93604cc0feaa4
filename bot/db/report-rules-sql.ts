import { sql } from 'kysely';
import { FACT_PATHS, FLOW_KEYS, SURVEY_FACTS, type TrackLessons } from '../../src/core/reports/report-keys';
import { TOPICS } from '../../src/core/survey/topics';
import { VN_UTC_OFFSET_HOURS } from '../../src/core/calendar/vietnam-time';
import type { Db } from './open-database';

// The SQL form of src/core/reports/report-keys.ts: which keys a household counts towards. Triggers (migration 013)
// keep report_counts (households per tổ and key, 4 shards) and report_days (the day-by-day net change of FLOW_KEYS)
// from these functions as results, surveys and households change, so a ward report or the city overview adds up a few
// hundred rows. The functions are written here from core's lists and the program (required lessons, tracks); at start
// syncReportFunctions() puts this build's in place and, when one changed, recounts the roll-ups in one transaction.
// tests/api/report-rules.test.ts runs the same households through core and SQL on PGlite and PostgreSQL.

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (xs: readonly string[]) =>
  xs.length ? `array[${xs.map(quote).join(', ')}]::text[]` : `'{}'::text[]`;

/** surveyKeys() over the stored answers (jsonb): the facts the survey says yes to, and what the household wants to learn. */
export function surveyKeysBody(): string {
  const facts = SURVEY_FACTS.map((f) => {
    const { path, atLeast } = FACT_PATHS[f];
    const value = `answers->${quote(path[0])}->>${quote(path[1])}`;
    const test = atLeast === undefined ? `(${value}) = 'true'` : `coalesce((${value})::int, 0) >= ${atLeast}`;
    return `case when ${test} then ${quote(`has:${f}`)} end`;
  });
  const needs = TOPICS.map(
    (t) =>
      `case when (answers->'wantsToLearn'->'topics') @> ${quote(JSON.stringify([t]))}::jsonb then ${quote(`need:${t}`)} end`,
  );
  const other = `case when coalesce(btrim(answers->'wantsToLearn'->>'other'), '') <> '' then 'need:other' end`;
  return `select array_remove(array[${[...facts, ...needs, other].join(',\n    ')}]::text[], null)`;
}

/** householdKeys(): households, surveyed (+ what the survey said), complete, and each track finished. */
export function reportKeysBody(required: readonly string[], tracks: readonly TrackLessons[]): string {
  const complete = required.length
    ? `case when required_done >= ${required.length} then array['complete'] else '{}' end`
    : `'{}'::text[]`;
  const trackKeys = tracks
    .filter((t) => t.lessons.length)
    .map((t) => `case when passed @> ${textArray(t.lessons)} then array[${quote(`track:${t.id}`)}] else '{}' end`);
  return `select array['households']::text[]
    || case when surveyed then array['surveyed'] || survey_keys else '{}' end
    || ${[complete, ...trackKeys].join('\n    || ')}`;
}

/** Adds `delta` households to each key in its tổ and shard, and to the day's change of the keys whose pace is kept. */
export function reportAddBody(): string {
  return `begin
  insert into report_counts (area_id, key, shard, n) select area, k, (hvs_shard(h) % 4)::smallint, delta from unnest(keys) k
  on conflict (area_id, key, shard) do update set n = report_counts.n + excluded.n;
  insert into report_days (area_id, day, key, n) select area, hvs_vn_day(at), k, delta from unnest(keys) k where k = any(${textArray(FLOW_KEYS)})
  on conflict (area_id, day, key) do update set n = report_days.n + excluded.n;
end`;
}

export const VN_DAY_FUNCTION = `create or replace function hvs_vn_day(at timestamptz) returns date language sql immutable as $$
  select (at at time zone 'UTC' + interval '${VN_UTC_OFFSET_HOURS} hours')::date
$$`;

type RuleFunction = { name: string; signature: string; body: string; create: string };

function ruleFunctions(required: readonly string[], tracks: readonly TrackLessons[]): RuleFunction[] {
  const fn = (name: string, signature: string, returns: string, language: string, body: string): RuleFunction => ({
    name,
    signature,
    body,
    create: `create or replace function ${name}(${signature}) returns ${returns} language ${language} ${language === 'sql' ? 'immutable' : ''} as $$\n${body}\n$$`,
  });
  return [
    fn('hvs_survey_keys', 'answers jsonb', 'text[]', 'sql', surveyKeysBody()),
    fn(
      'hvs_report_keys',
      'passed text[], required_done integer, surveyed boolean, survey_keys text[]',
      'text[]',
      'sql',
      reportKeysBody(required, tracks),
    ),
    fn(
      'hvs_report_add',
      'area text, h uuid, keys text[], delta integer, at timestamptz',
      'void',
      'plpgsql',
      reportAddBody(),
    ),
  ];
}

/** The functions as migration 013 first creates them (nothing required, no tracks): start replaces them. */
export const INITIAL_REPORT_FUNCTIONS = () => ruleFunctions([], []).map((f) => f.create);

/**
 * The day a change counts on: the household's last activity (the result or survey that caused it, so results sent
 * late from a phone count on the day they were done), never in the future; a new or deleted household counts today.
 */
const RECOUNT = [
  `alter table household_stats disable trigger hvs_report_update`,
  `update household_stats st set survey_keys = hvs_survey_keys(s.answers) from surveys s where s.household_id = st.household_id and st.survey_keys is distinct from hvs_survey_keys(s.answers)`,
  `alter table household_stats enable trigger hvs_report_update`,
  `delete from report_counts`,
  `delete from report_days`,
  `insert into report_counts (area_id, key, shard, n)
    select st.area_id, k, (hvs_shard(st.household_id) % 4)::smallint, count(*) from household_stats st,
      unnest(hvs_report_keys(st.passed, st.required_done, st.survey_at is not null, st.survey_keys)) k group by 1, 2, 3`,
  `insert into report_days (area_id, day, key, n)
    select st.area_id, hvs_vn_day(case when k = 'households' then h.created_at else least(coalesce(greatest(st.last_result_at, st.survey_at), h.created_at), now()) end), k, count(*)
    from household_stats st join households h on h.id = st.household_id,
      unnest(hvs_report_keys(st.passed, st.required_done, st.survey_at is not null, st.survey_keys)) k
    where k = any(${textArray(FLOW_KEYS)}) group by 1, 2, 3`,
];

/** Recounts the roll-ups from the households (a migration's first fill, and after a rule changed). */
export async function recountReports(db: Db) {
  for (const statement of RECOUNT) await sql.raw(statement).execute(db);
}

/**
 * Brings the report functions in the database up to this build's (core's lists, the program's required lessons and
 * tracks) and, when one changed, recounts the roll-ups: in one transaction, under a lock, so several processes
 * starting at once do it once and no reader sees counts of the old rule mixed with the new. True when it recounted.
 */
export async function syncReportFunctions(
  db: Db,
  required: readonly string[],
  tracks: readonly TrackLessons[],
): Promise<boolean> {
  const wanted = ruleFunctions(required, tracks);
  const current = async (q: Db) => {
    const { rows } = await sql<{ name: string; src: string }>`select proname as name, prosrc as src from pg_proc
      where proname in (${sql.join(wanted.map((f) => f.name))}) and pronamespace = current_schema()::regnamespace`.execute(
      q,
    );
    return new Map(rows.map((r) => [r.name, r.src.trim()]));
  };
  const same = (have: Map<string, string>) => wanted.every((f) => have.get(f.name) === f.body.trim());
  if (same(await current(db))) return false;
  return db.transaction().execute(async (trx) => {
    await sql`lock table household_stats in share row exclusive mode`.execute(trx);
    if (same(await current(trx))) return false;
    for (const f of wanted) await sql.raw(f.create).execute(trx);
    await recountReports(trx);
    return true;
  });
}
