import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../bot/db/open-database';
import { recountReports, syncReportFunctions } from '../../bot/db/report-rules-sql';
import { syncRuleFunctions } from '../../bot/db/rules-sql';
import { syncRequiredLessons } from '../../bot/db/required-lessons';
import { countHouseholds, FLOW_KEYS, type KeyCounts, type TrackLessons } from '../../src/core/reports/report-keys';
import { TOPICS } from '../../src/core/survey/topics';
import type { SurveyAnswers } from '../../src/core/survey/survey';
import { backends } from '../support/backends';
import { withTestDatabase } from '../support/test-database';
import { aResultRow } from '../builders/result-row';

// The roll-ups the reports read (report_counts, report_days, kept by triggers from the SQL form of report-keys.ts)
// must always equal a recount by src/core from the stored facts: after random results, deletions, survey edits and
// households moving or leaving, on both databases.

const AREAS = ['le-chan/1', 'le-chan/2', 'le-chan/3'];
const REQUIRED = ['a', 'b', 'c'];
const TRACKS: TrackLessons[] = [
  { id: 't1', lessons: ['a', 'b'] },
  { id: 't2', lessons: ['c', 'x'] },
];
const LESSONS = ['a', 'b', 'c', 'x', 'y'];

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return { next, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)], chance: (p: number) => next() < p };
}

function randomAnswers(r: ReturnType<typeof random>): SurveyAnswers {
  return {
    devices: { smartphone: r.chance(0.7), computer: r.chance(0.3), internet: r.chance(0.8) },
    uses: {
      zalo: r.chance(0.6),
      vneidLevel: r.pick([0, 1, 2] as const),
      onlinePublicServices: r.chance(0.4),
      cashlessPayments: r.chance(0.5),
      smartHaiPhong: r.chance(0.3),
    },
    wantsToLearn: {
      topics: TOPICS.filter(() => r.chance(0.25)),
      ...(r.chance(0.2) ? { other: r.pick(['gọi video', '  ', 'mua vé tàu']) } : {}),
    },
  };
}

/** What src/core counts per tổ, from the facts in the database. */
async function coreCounts(db: Db): Promise<Record<string, KeyCounts>> {
  const households = await db.selectFrom('households').select(['id', 'area_id']).execute();
  const passes = await db
    .selectFrom('completions')
    .select(['household_id', 'lesson_id'])
    .where('passed', '=', true)
    .execute();
  const surveys = await db.selectFrom('surveys').select(['household_id', 'answers']).execute();
  const out: Record<string, KeyCounts> = {};
  for (const area of AREAS) {
    const facts = households
      .filter((h) => h.area_id === area)
      .map((h) => ({
        passed: passes.filter((p) => p.household_id === h.id).map((p) => p.lesson_id),
        required: REQUIRED,
        survey: (surveys.find((s) => s.household_id === h.id)?.answers as SurveyAnswers | undefined) ?? null,
      }));
    out[area] = countHouseholds(facts, TRACKS);
  }
  return out;
}

async function rolledUp(db: Db, table: 'report_counts' | 'report_days'): Promise<Record<string, KeyCounts>> {
  const { rows } = await sql<{
    area_id: string;
    key: string;
    n: number;
  }>`select area_id, key, sum(n)::int as n from ${sql.table(table)} group by 1, 2`.execute(db);
  const out: Record<string, KeyCounts> = Object.fromEntries(AREAS.map((a) => [a, {}]));
  for (const r of rows) if (r.n !== 0) (out[r.area_id] ??= {})[r.key as keyof KeyCounts] = r.n;
  return out;
}

const onlyFlows = (c: Record<string, KeyCounts>) =>
  Object.fromEntries(
    Object.entries(c).map(([a, k]) => [
      a,
      Object.fromEntries(Object.entries(k).filter(([key]) => (FLOW_KEYS as string[]).includes(key))),
    ]),
  );

describe.each(backends)('report roll-ups on %s', (backend) => {
  it('equal a recount by src/core after random writes, deletions, survey edits and moves', async () => {
    await withTestDatabase(backend, { areas: true }, async (db) => {
      await syncRequiredLessons(db, REQUIRED);
      await syncRuleFunctions(db);
      await syncReportFunctions(db, REQUIRED, TRACKS);
      const r = random(backend === 'pglite' ? 7 : 11);
      const ids: string[] = [];
      const results: string[] = [];
      for (let step = 0; step < 400; step++) {
        const roll = r.next();
        if (ids.length < 5 || roll < 0.12) {
          const id = randomUUID();
          await db
            .insertInto('households')
            .values({ id, code: `R${String(step).padStart(5, '0')}`, area_id: r.pick(AREAS), label: null })
            .execute();
          ids.push(id);
        } else if (roll < 0.55) {
          const id = randomUUID();
          const passed = r.chance(0.8);
          await db
            .insertInto('completions')
            .values(
              aResultRow(r.pick(ids), r.pick(LESSONS), {
                id,
                passed,
                completed_at: new Date(Date.now() - r.next() * 60 * 86_400_000),
              }),
            )
            .execute();
          results.push(id);
        } else if (roll < 0.8) {
          const household_id = r.pick(ids);
          const answers = JSON.stringify(randomAnswers(r));
          await db
            .insertInto('surveys')
            .values({ household_id, answers, filled_by: 'team', updated_at: new Date() })
            .onConflict((oc) => oc.column('household_id').doUpdateSet({ answers, updated_at: new Date() }))
            .execute();
        } else if (roll < 0.86 && results.length) {
          await db
            .deleteFrom('completions')
            .where('id', '=', results.splice(Math.floor(r.next() * results.length), 1)[0])
            .execute();
        } else if (roll < 0.9) {
          await db.deleteFrom('surveys').where('household_id', '=', r.pick(ids)).execute();
        } else if (roll < 0.95) {
          await db
            .updateTable('households')
            .set({ area_id: r.pick(AREAS) })
            .where('id', '=', r.pick(ids))
            .execute();
        } else {
          const gone = ids.splice(Math.floor(r.next() * ids.length), 1)[0];
          await db.deleteFrom('completions').where('household_id', '=', gone).execute();
          await db.deleteFrom('surveys').where('household_id', '=', gone).execute();
          await db.deleteFrom('households').where('id', '=', gone).execute();
        }
      }
      const expected = await coreCounts(db);
      expect(Object.values(expected).reduce((s, c) => s + (c.households ?? 0), 0)).toBe(ids.length);
      expect(
        Object.values(expected).some(
          (c) => (c.complete ?? 0) > 0 && (c['has:vneid2'] ?? 0) > 0 && (c['track:t1'] ?? 0) > 0,
        ),
      ).toBe(true);
      expect(await rolledUp(db, 'report_counts')).toEqual(expected);
      // Every day's change of a key adds up to its count: the pace and the month-end trend rest on that.
      expect(await rolledUp(db, 'report_days')).toEqual(onlyFlows(expected));
      // A recount from scratch (what start does when a rule changed) gives the same.
      await recountReports(db);
      expect(await rolledUp(db, 'report_counts')).toEqual(expected);
      expect(await rolledUp(db, 'report_days')).toEqual(onlyFlows(expected));
    });
  });

  it('a new program (another required set, a new track) is recounted at start', async () => {
    await withTestDatabase(backend, { areas: true }, async (db) => {
      await syncRequiredLessons(db, REQUIRED);
      await syncReportFunctions(db, REQUIRED, TRACKS);
      const id = randomUUID();
      await db.insertInto('households').values({ id, code: 'NEW001', area_id: AREAS[0], label: null }).execute();
      for (const lesson of ['a', 'b', 'c']) {
        await db.insertInto('completions').values(aResultRow(id, lesson)).execute();
      }
      expect((await rolledUp(db, 'report_counts'))[AREAS[0]]).toEqual({ households: 1, complete: 1, 'track:t1': 1 });
      // Another schema on the same server (another deployment, another test) with other rules changes nothing here.
      if (backend === 'postgres') {
        await sql.raw(`create schema if not exists hvs_other_rules`).execute(db);
        await sql
          .raw(
            `create or replace function hvs_other_rules.hvs_report_keys(passed text[], required_done integer, surveyed boolean, survey_keys text[]) returns text[] language sql as $$ select '{}'::text[] $$`,
          )
          .execute(db);
      }
      expect(await syncReportFunctions(db, REQUIRED, TRACKS)).toBe(false);
      const required = [...REQUIRED, 'y'];
      const tracks = [...TRACKS, { id: 't3', lessons: ['a'] }];
      await syncRequiredLessons(db, required);
      expect(await syncReportFunctions(db, required, tracks)).toBe(true);
      expect((await rolledUp(db, 'report_counts'))[AREAS[0]]).toEqual({ households: 1, 'track:t1': 1, 'track:t3': 1 });
    });
  });
});
