import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { syncRequiredLessons } from '../../bot/db/required-lessons';
import { syncRuleFunctions } from '../../bot/db/rules-sql';
import { sql } from 'kysely';
import { householdRows } from '../../bot/db/queries/household-list';
import { householdProgress, lastActivity } from '../../src/core/household/household-progress';
import { compareVisitPriority, householdStatus, type HouseholdStatus } from '../../src/core/household/household-status';
import { needsVisit, type SurveyAnswers } from '../../src/core/survey/survey';
import { backends } from '../support/backends';
import { withTestDatabase } from '../support/test-database';
import { aResultRow } from '../builders/result-row';

// One table of households, run through the rules in src/core (what the detail page and the resident see) and through
// their SQL form in bot/db/rules-sql.ts (what the team's list, its filters, its order and coverage read). They must agree.

const NOW = new Date('2026-11-30T00:00:00Z');
const DAY = 86_400_000;
const REQUIRED = ['a', 'b', 'c'];
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

type Case = {
  name: string;
  results: { lesson: string; passed: boolean; daysAgo: number }[];
  survey: { vneidLevel: 0 | 1 | 2; smartphone: boolean; daysAgo: number } | null;
};

const ok = (daysAgo: number): Case['survey'] => ({ vneidLevel: 2, smartphone: true, daysAgo });
const passed = (lessons: string, daysAgo: number) => [...lessons].map((lesson) => ({ lesson, passed: true, daysAgo }));

const CASES: Case[] = [
  { name: 'nothing yet', results: [], survey: null },
  { name: 'surveyed last week, no lesson', results: [], survey: ok(5) },
  { name: 'surveyed long ago, no lesson', results: [], survey: ok(40) },
  { name: 'VNeID level 1', results: passed('ab', 2), survey: { vneidLevel: 1, smartphone: true, daysAgo: 2 } },
  {
    name: 'no VNeID, all lessons done',
    results: passed('abc', 1),
    survey: { vneidLevel: 0, smartphone: true, daysAgo: 1 },
  },
  { name: 'no smartphone', results: [], survey: { vneidLevel: 2, smartphone: false, daysAgo: 1 } },
  { name: 'two of three, recent', results: passed('ab', 3), survey: ok(50) },
  { name: 'complete, quiet for two months', results: passed('abc', 60), survey: ok(70) },
  {
    name: 'a failed attempt is activity, not progress',
    results: [...passed('a', 45), { lesson: 'b', passed: false, daysAgo: 3 }],
    survey: ok(60),
  },
  { name: 'only an optional lesson', results: passed('x', 1), survey: ok(1) },
  { name: 'passed twice, by the same lesson', results: [...passed('a', 20), ...passed('a', 10)], survey: ok(25) },
  { name: 'results without a survey', results: passed('abc', 1), survey: null },
  { name: 'quiet exactly 30 days', results: passed('a', 30), survey: ok(31) },
  { name: 'quiet 30 days and a minute', results: passed('a', 30 + 1 / 1440), survey: ok(31) },
];

const answers = (s: NonNullable<Case['survey']>): SurveyAnswers => ({
  devices: { smartphone: s.smartphone, computer: false, internet: true },
  uses: {
    zalo: true,
    vneidLevel: s.vneidLevel,
    onlinePublicServices: false,
    cashlessPayments: true,
    smartHaiPhong: false,
  },
  wantsToLearn: { topics: [] },
});

/** What src/core says of a case, from the facts alone. */
function coreView(c: Case, code: string) {
  const results = c.results.map((r) => ({
    lessonId: r.lesson,
    memberId: null,
    passed: r.passed,
    completedAt: ago(r.daysAgo).toISOString(),
  }));
  const progress = householdProgress(REQUIRED, results);
  const latest = results
    .map((r) => r.completedAt)
    .sort()
    .at(-1);
  const last = lastActivity(latest, c.survey ? ago(c.survey.daysAgo).toISOString() : null);
  return {
    code,
    doneCount: progress.doneCount,
    complete: progress.complete,
    status: householdStatus({ doneCount: progress.doneCount, total: REQUIRED.length }),
    lastActivity: last,
    needsVisit: needsVisit(
      { complete: progress.complete, lastActivity: last },
      c.survey ? answers(c.survey) : null,
      NOW,
    ),
  };
}

describe.each(backends)('household rules: src/core and their SQL form agree on %s', (backend) => {
  it('on progress, completion, status, last activity, needs a visit and the visit order', async () => {
    await withTestDatabase(backend, { areas: true }, async (db) => {
      await syncRequiredLessons(db, REQUIRED);
      for (const [i, c] of CASES.entries()) {
        const id = randomUUID();
        const code = `H${String(i).padStart(2, '0')}AAA`;
        await db.insertInto('households').values({ id, code, area_id: 'le-chan/1', label: c.name }).execute();
        for (const r of c.results) {
          await db
            .insertInto('completions')
            .values(aResultRow(id, r.lesson, { passed: r.passed, completed_at: ago(r.daysAgo) }))
            .execute();
        }
        if (c.survey)
          await db
            .insertInto('surveys')
            .values({
              household_id: id,
              answers: JSON.stringify(answers(c.survey)),
              filled_by: 'team',
              updated_at: ago(c.survey.daysAgo),
            })
            .execute();
      }
      const core = CASES.map((c, i) => coreView(c, `H${String(i).padStart(2, '0')}AAA`));
      const opts = { areaIds: ['le-chan/1'], required: REQUIRED, now: NOW };
      const { rows } = await householdRows(db, opts);
      const sqlView = new Map(
        rows.map((r) => [
          r.code,
          {
            code: r.code,
            doneCount: r.done,
            complete: r.done === REQUIRED.length,
            lastActivity: r.last_activity ? new Date(r.last_activity).toISOString() : null,
            needsVisit: r.needs_visit,
          },
        ]),
      );
      for (const [i, c] of CASES.entries()) {
        const { code, doneCount, complete, lastActivity: last, needsVisit: visit } = core[i];
        expect(sqlView.get(code), c.name).toEqual({ code, doneCount, complete, lastActivity: last, needsVisit: visit });
      }
      // The list's order is compareVisitPriority's.
      expect(rows.map((r) => r.code)).toEqual([...core].sort(compareVisitPriority).map((v) => v.code));
      // Each status filter of the list finds exactly the households householdStatus puts there.
      for (const status of ['not_started', 'in_progress', 'completed'] as HouseholdStatus[]) {
        const found = (await householdRows(db, { ...opts, filter: status })).rows.map((r) => r.code).sort();
        expect(found, status).toEqual(
          core
            .filter((v) => v.status === status)
            .map((v) => v.code)
            .sort(),
        );
      }
      const visits = (await householdRows(db, { ...opts, filter: 'needs_visit' })).rows.map((r) => r.code).sort();
      expect(visits).toEqual(
        core
          .filter((v) => v.needsVisit)
          .map((v) => v.code)
          .sort(),
      );
    });
  });

  it('a database whose rule is older than the build gets the new rule at start, and what it derived is recomputed', async () => {
    await withTestDatabase(backend, { areas: true }, async (db) => {
      const id = randomUUID();
      await db.insertInto('households').values({ id, code: 'OLD111', area_id: 'le-chan/1', label: null }).execute();
      // An older build's rule: nobody ever needed a visit for their survey answers.
      await sql
        .raw(
          `create or replace function hvs_survey_visit(answers jsonb) returns boolean language sql immutable as $$ select false $$`,
        )
        .execute(db);
      await db
        .insertInto('surveys')
        .values({
          household_id: id,
          answers: JSON.stringify(answers({ vneidLevel: 1, smartphone: true, daysAgo: 0 })),
          filled_by: 'team',
          updated_at: NOW,
        })
        .execute();
      const visit = async () =>
        (
          await db
            .selectFrom('household_stats')
            .select('survey_visit')
            .where('household_id', '=', id)
            .executeTakeFirstOrThrow()
        ).survey_visit;
      expect(await visit()).toBe(false);
      await syncRuleFunctions(db);
      expect(await visit()).toBe(true);
    });
  });
});
