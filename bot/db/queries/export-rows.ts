import { sql } from 'kysely';
import type { SurveyAnswers } from '../../../src/core/survey/survey';
import type { Db } from '../open-database';
import { inRange, type DateRange } from './date-range-sql';

export type ExportRow = {
  code: string;
  areaName: string;
  label: string | null;
  members: number;
  /** Required lesson id → first passed in the range. */
  firstPassed: Record<string, Date>;
  sources: { app: number; bot: number; assisted: number };
  survey: { answers: SurveyAnswers; filledBy: 'resident' | 'team' } | null;
};

type Raw = {
  code: string;
  label: string | null;
  members: number | null;
  lessons: Record<string, string> | null;
  app: number | null;
  bot: number | null;
  assisted: number | null;
  answers: SurveyAnswers | null;
  filled_by: 'resident' | 'team' | null;
};

/**
 * Rows a query. PGlite has no cursor (its Kysely dialect cannot stream), so a page is a whole result in this process.
 * Measured in-process on a 20,000-household ward, 250, 500 and 1,000 rows a page peak within a few MB of each other
 * once rows are mapped lazily (below), so the page stays large and the export takes few round trips.
 */
export const EXPORT_PAGE = 1000;

/**
 * The export's rows, one page at a time: tổ dân phố by tổ dân phố, households by code (keyset on the area/code
 * index), so a whole ward streams without ever being held in memory. Only passed results in the range count. A page
 * is the query's result; each row becomes an ExportRow only as the caller takes it, so no page is held twice.
 */
export async function* exportPages(
  db: Db,
  opts: { areas: { id: string; name: string }[]; required: string[]; range: DateRange },
): AsyncGenerator<Iterable<ExportRow>> {
  const req = opts.required.length ? sql.join(opts.required) : sql`null`;
  for (const area of opts.areas) {
    let after = '';
    for (;;) {
      const { rows } = await sql<Raw>`
        with h as (select id, code, label from households where area_id = ${area.id} and code > ${after} order by code limit ${EXPORT_PAGE}),
        c as (select c.household_id, c.lesson_id, c.source, c.completed_at from completions c
              where c.household_id in (select id from h) and c.passed and ${inRange(sql`c.completed_at`, opts.range)}),
        firsts as (select household_id, lesson_id, min(completed_at) as first from c where lesson_id in (${req}) group by household_id, lesson_id),
        lessons as (select household_id, jsonb_object_agg(lesson_id, first) as lessons from firsts group by household_id),
        src as (select household_id, count(*) filter (where source = 'app')::int as app, count(*) filter (where source = 'bot')::int as bot,
                count(*) filter (where source = 'assisted')::int as assisted from c group by household_id),
        m as (select household_id, count(*)::int as n from members where household_id in (select id from h) group by household_id)
        select h.code, h.label, m.n as members, lessons.lessons, src.app, src.bot, src.assisted, s.answers, s.filled_by
        from h left join m on m.household_id = h.id left join lessons on lessons.household_id = h.id
        left join src on src.household_id = h.id left join surveys s on s.household_id = h.id
        order by h.code`.execute(db);
      if (!rows.length) break;
      yield lazyMap(rows, (r) => ({
        code: r.code,
        areaName: area.name,
        label: r.label,
        members: r.members ?? 0,
        firstPassed: Object.fromEntries(Object.entries(r.lessons ?? {}).map(([k, v]) => [k, new Date(v)])),
        sources: { app: r.app ?? 0, bot: r.bot ?? 0, assisted: r.assisted ?? 0 },
        survey: r.answers && r.filled_by ? { answers: r.answers, filledBy: r.filled_by } : null,
      }));
      if (rows.length < EXPORT_PAGE) break;
      after = rows[rows.length - 1].code;
    }
  }
}

/** `xs.map(f)` computed as it is iterated, so the mapped copy of a page never exists all at once. */
export function* lazyMap<T, U>(xs: Iterable<T>, f: (x: T) => U): Generator<U> {
  for (const x of xs) yield f(x);
}
