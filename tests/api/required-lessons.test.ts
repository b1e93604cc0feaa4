import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../bot/db/open-database';
import { syncRequiredLessons } from '../../bot/db/required-lessons';
import { backends } from '../support/backends';
import { withTestDatabase } from '../support/test-database';
import { aResultRow } from '../builders/result-row';

// household_stats keeps a count and bit mask of the required lessons each household passed (for the staff list and
// coverage); these check that the triggers and the start-up mirror of program.yaml's required set keep them true.
describe.each(backends)('required lessons and survey columns in household_stats on %s', (backend) => {
  const withDb = (run: (db: Db) => Promise<void>) => withTestDatabase(backend, { areas: true }, run);
  const household = async (db: Db, code: string) => {
    const id = randomUUID();
    await db.insertInto('households').values({ id, code, area_id: 'le-chan/1', label: null }).execute();
    return id;
  };
  const pass = (db: Db, householdId: string, lessonIds: string[], passed = true) =>
    db
      .insertInto('completions')
      .values(
        lessonIds.map((lessonId) =>
          aResultRow(householdId, lessonId, { passed, completed_at: new Date('2026-11-20T03:00:00Z') }),
        ),
      )
      .execute();
  const stats = async (db: Db) =>
    Object.fromEntries(
      (
        await db
          .selectFrom('household_stats')
          .select(['code', 'required_mask', 'required_done'])
          .orderBy('code')
          .execute()
      ).map((r) => [r.code, [r.required_mask, r.required_done]]),
    );

  it('counts required lessons as they are passed, and recounts every household when the required set changes', async () => {
    await withDb(async (db) => {
      await syncRequiredLessons(db, ['a', 'b', 'c']);
      const [h1, h2] = [await household(db, 'AAA111'), await household(db, 'BBB222')];
      await pass(db, h1, ['a', 'c', 'x']);
      await pass(db, h2, ['b']);
      await pass(db, h2, ['b', 'c'], false); // failed attempts and a repeat pass do not count twice
      expect(await stats(db)).toEqual({ AAA111: [0b101, 2], BBB222: [0b010, 1] });

      await syncRequiredLessons(db, ['c', 'x']);
      expect(await stats(db)).toEqual({ AAA111: [0b11, 2], BBB222: [0, 0] });
      await syncRequiredLessons(db, ['c', 'x']); // unchanged: nothing to do
      expect(await db.selectFrom('required_lessons').select(['lesson_id', 'bit']).orderBy('bit').execute()).toEqual([
        { lesson_id: 'c', bit: 0 },
        { lesson_id: 'x', bit: 1 },
      ]);

      await db.deleteFrom('completions').where('household_id', '=', h1).where('lesson_id', '=', 'x').execute();
      expect(await stats(db)).toEqual({ AAA111: [0b01, 1], BBB222: [0, 0] });
      await expect(
        syncRequiredLessons(
          db,
          Array.from({ length: 32 }, (_, i) => `l${i}`),
        ),
      ).rejects.toThrow(/At most 31/);
    });
  });

  it('keeps the survey date and whether its answers call for a visit', async () => {
    await withDb(async (db) => {
      const h = await household(db, 'CCC333');
      const answers = (vneidLevel: number, smartphone: boolean) =>
        JSON.stringify({ devices: { smartphone, computer: false, internet: true }, uses: { zalo: true, vneidLevel } });
      const survey = () =>
        db
          .selectFrom('household_stats')
          .select(['survey_at', 'survey_visit'])
          .where('household_id', '=', h)
          .executeTakeFirstOrThrow();
      expect(await survey()).toEqual({ survey_at: null, survey_visit: false });
      const at = new Date('2026-11-21T02:00:00Z');
      await db
        .insertInto('surveys')
        .values({ household_id: h, answers: answers(1, true), filled_by: 'team', updated_at: at })
        .execute();
      expect(await survey()).toEqual({ survey_at: at, survey_visit: true });
      const reanswer = (vneidLevel: number, smartphone: boolean) =>
        db
          .updateTable('surveys')
          .set({ answers: answers(vneidLevel, smartphone) })
          .where('household_id', '=', h)
          .execute();
      await reanswer(2, true);
      expect((await survey()).survey_visit).toBe(false);
      await reanswer(2, false);
      expect((await survey()).survey_visit).toBe(true);
      await db.deleteFrom('surveys').where('household_id', '=', h).execute();
      expect(await survey()).toEqual({ survey_at: null, survey_visit: false });
    });
  });
});
