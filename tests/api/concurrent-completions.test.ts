import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { aCompletion, resident } from '../support/api-client';
import { backends } from '../support/backends';

// Results that arrive together are written together (group commit). Each request must still get its own answer,
// and the staff counters the triggers keep must equal a recount from the results themselves.
describe.each(backends)('completions sent at the same moment on %s', (backend) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startAppServer({ backend });
  });
  afterAll(() => app?.close());

  async function householdOf(names: string[], areaId: string) {
    const [head, ...rest] = await Promise.all(names.map((n) => resident(app.url, n)));
    const created = await head.api.post('/api/households', { areaId });
    for (const r of rest) await r.api.post('/api/households/join', { code: created.body.household.code });
    return [head, ...rest];
  }

  it('answers each request on its own and keeps the staff counters equal to a recount', async () => {
    const people = [
      ...(await householdOf(['Bà Một', 'Ông Một'], 'le-chan/1')),
      ...(await householdOf(['Bà Hai', 'Ông Hai'], 'le-chan/1')),
      ...(await householdOf(['Bà Ba'], 'le-chan/2')),
    ];
    const undecided = await resident(app.url, 'Chưa đồng ý', false);
    const lessons = ['vneid-install', 'vneid-levels', 'fraud-fake-police', 'smarthp-intro'];
    const twice = aCompletion({ lessonId: 'fraud-fake-police' });
    const stolenId = aCompletion();
    const sends = [
      ...people.flatMap((p, i) =>
        lessons.map((lessonId, k) =>
          p.api.post(
            '/api/completions',
            aCompletion({
              lessonId,
              passed: (i + k) % 3 !== 0,
              completedAt: `2026-11-${[10, 11, 17, 18][k]}T08:00:00.000Z`,
            }),
          ),
        ),
      ),
      people[0].api.post('/api/completions', twice),
      people[0].api.post('/api/completions', twice),
      people[1].api.post('/api/completions', stolenId),
      people[2].api.post('/api/completions', stolenId),
      undecided.api.post('/api/completions', aCompletion()),
    ];
    const replies = await Promise.all(sends);

    const own = replies.slice(0, people.length * lessons.length);
    expect(own.map((r) => r.status)).toEqual(own.map(() => 201));
    expect(
      replies
        .slice(-5, -3)
        .map((r) => r.body.status)
        .sort(),
    ).toEqual(['duplicate', 'recorded']);
    expect(
      replies
        .slice(-3, -1)
        .map((r) => r.status)
        .sort(),
    ).toEqual([201, 409]);
    expect(replies.at(-1)).toMatchObject({ status: 403, body: { error: { code: 'consent_required' } } });

    const stats = await sql<{
      household_id: string;
      passed: string[];
      last_result_at: Date;
      recount: string[];
      last: Date;
    }>`
      select st.household_id, st.passed, st.last_result_at,
        coalesce((select array_agg(distinct lesson_id order by lesson_id) from completions c where c.household_id = st.household_id and c.passed), '{}') as recount,
        (select max(completed_at) from completions c where c.household_id = st.household_id) as last
      from household_stats st where st.household_id in (select household_id from completions)`.execute(app.services.db);
    expect(stats.rows.length).toBeGreaterThanOrEqual(3);
    for (const row of stats.rows) {
      expect([...row.passed].sort()).toEqual(row.recount);
      expect(new Date(row.last_result_at).getTime()).toBe(new Date(row.last).getTime());
    }
    const weeks = await sql<{ area_id: string; week: string; n: number; recount: number }>`
      select w.area_id, w.week::text, w.n::int, w.recount::int from (
        select area_id, week, sum(n) as n, (
          select count(*) from completions c join households h on h.id = c.household_id
          where c.passed and h.area_id = cw.area_id and hvs_week(c.completed_at) = cw.week) as recount
        from completion_weeks cw group by area_id, week) w`.execute(app.services.db);
    expect(weeks.rows.length).toBeGreaterThanOrEqual(3);
    for (const w of weeks.rows) expect(w.n, `${w.area_id} ${w.week}`).toBe(w.recount);
  });
});
