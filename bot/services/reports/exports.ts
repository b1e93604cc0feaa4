import type { ExportQuery } from '../../../src/core/api/staff-schemas';
import type { LessonIndex } from '../../content/lesson-index';
import type { Db } from '../../db/open-database';
import { dateRange } from './date-range';
import { exportLayout, vnDay } from './export-columns';
import { exportPages, lazyMap, type ExportRow } from '../../db/queries/export-rows';
import { csvStream, xlsxStream } from './export-writers';
import { seesNames, type StaffAccess, type StaffContext } from '../access/staff-access';

/** A row as ward staff may see it: the household's label and the survey's free text are residents' own words. */
const withoutNames = (r: ExportRow): ExportRow => ({
  ...r,
  label: null,
  survey: r.survey && {
    ...r.survey,
    answers: { ...r.survey.answers, wantsToLearn: { ...r.survey.answers.wantsToLearn, other: undefined } },
  },
});

export type ExportFile = { filename: string; contentType: string; body: ReadableStream<Uint8Array> };

/**
 * Runs the first page before anything is sent: a query that fails then is an error answer, not a 200 whose body stops
 * after the headers. A failure on a later page aborts the connection, so the download shows as failed, not as a
 * shorter file.
 */
async function primed<T>(pages: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await pages.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* pages;
  })();
}

/**
 * Ward office reports: one row per household of the caller's tổ dân phố (a team's own, a ward admin's ward, or the
 * one asked for), results from `from`/`to`. Access is checked before the first byte is streamed.
 */
export function createExports(deps: { db: Db; access: StaffAccess; lessons: LessonIndex; now: () => Date }) {
  const { db, access } = deps;
  const required = deps.lessons.required;
  const layout = exportLayout(required.map((id) => ({ id, title: deps.lessons.lessons.get(id)?.vi.title ?? id })));

  async function prepare(ctx: StaffContext, q: ExportQuery, ext: string) {
    access.allow(ctx, 'team', 'ward_admin');
    const ids = new Set(access.areaScope(ctx, q.areaId));
    const areas = ctx.areas.filter((a) => ids.has(a.id));
    async function* pages() {
      const cells = seesNames(ctx) ? layout.cells : (r: ExportRow) => layout.cells(withoutNames(r));
      for await (const page of exportPages(db, { areas, required, range: dateRange(q) })) yield lazyMap(page, cells);
    }
    const scope = q.areaId ? q.areaId.replace(/\W+/g, '-') : ctx.wardId;
    const filename = `hoc-vu-so-${scope}-${vnDay(deps.now()).toISOString().slice(0, 10)}.${ext}`;
    return { pages: await primed(pages()), filename };
  }

  return {
    async xlsx(ctx: StaffContext, q: ExportQuery): Promise<ExportFile> {
      const p = await prepare(ctx, q, 'xlsx');
      return {
        filename: p.filename,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: xlsxStream(layout.columns, p.pages),
      };
    },
    async csv(ctx: StaffContext, q: ExportQuery): Promise<ExportFile> {
      const p = await prepare(ctx, q, 'csv');
      return { filename: p.filename, contentType: 'text/csv; charset=utf-8', body: csvStream(layout.columns, p.pages) };
    },
  };
}

export type Exports = ReturnType<typeof createExports>;
