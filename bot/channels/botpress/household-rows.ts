import { householdProgress } from '../../../src/core/household/household-progress';
import type { Db } from '../../db/open-database';

/**
 * One Botpress Table row per household (the free plan allows 20 columns and 4 KB a row, so never one per lesson).
 * Counts and dates only: no names, no Zalo ids, no member list.
 */
export type ProgressRow = {
  householdCode: string;
  wardId: string;
  ward: string;
  areaId: string;
  area: string;
  members: number;
  doneCount: number;
  total: number;
  complete: boolean;
  completedAt: string | null;
  lastLessonAt: string | null;
  /** When the mirror run that last wrote this row started (epoch ms): rows older than a full run are households that no longer exist. */
  mirrorRun: number;
};

const text = { type: 'string' };
const count = { type: 'number' };
const when = { type: 'string', format: 'date-time', nullable: true };

// Botpress adds id, createdAt and updatedAt to every row itself, so none of our columns may use those names.
export const PROGRESS_SCHEMA = {
  type: 'object',
  properties: {
    householdCode: text,
    wardId: text,
    ward: text,
    areaId: text,
    area: text,
    members: count,
    doneCount: count,
    total: count,
    complete: { type: 'boolean' },
    completedAt: when,
    lastLessonAt: when,
    mirrorRun: count,
  },
} as const;

export const PROGRESS_KEY = 'householdCode';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * Reads one page of households (keyset on id, so a 20,000-household ward never sits in memory at once) and turns
 * it into rows. `ids` restricts the page to those households (a mirror after a write).
 */
export async function readProgressPage(
  db: Db,
  opts: { required: readonly string[]; after?: string; ids?: readonly string[]; limit: number; mirrorRun: number },
): Promise<{ rows: ProgressRow[]; last?: string }> {
  if (opts.ids && !opts.ids.length) return { rows: [] };
  const households = await db
    .selectFrom('households as h')
    .innerJoin('areas as a', 'a.id', 'h.area_id')
    .select(['h.id', 'h.code', 'a.ward_id', 'a.ward_name', 'a.id as area_id', 'a.name as area_name'])
    .$if(opts.after !== undefined, (q) => q.where('h.id', '>', opts.after!))
    .$if(opts.ids !== undefined, (q) => q.where('h.id', 'in', [...opts.ids!]))
    .orderBy('h.id')
    .limit(opts.limit)
    .execute();
  if (!households.length) return { rows: [] };
  const ids = households.map((h) => h.id);
  const [memberCounts, firstPasses] = await Promise.all([
    db
      .selectFrom('members')
      .select((eb) => ['household_id', eb.fn.countAll<string | number>().as('n')])
      .where('household_id', 'in', ids)
      .groupBy('household_id')
      .execute(),
    // The household rule only needs the first pass of each lesson, so the database collapses the rest.
    db
      .selectFrom('completions')
      .select((eb) => ['household_id', 'lesson_id', eb.fn.min('completed_at').as('first')])
      .where('household_id', 'in', ids)
      .where('passed', '=', true)
      .groupBy(['household_id', 'lesson_id'])
      .execute(),
  ]);
  const members = new Map(memberCounts.map((m) => [m.household_id, Number(m.n)]));
  const passes = new Map<string, { lessonId: string; memberId: null; passed: true; completedAt: string }[]>();
  for (const p of firstPasses) {
    const list = passes.get(p.household_id) ?? [];
    list.push({ lessonId: p.lesson_id, memberId: null, passed: true, completedAt: iso(p.first as Date | string) });
    passes.set(p.household_id, list);
  }
  const rows = households.map((h): ProgressRow => {
    const results = passes.get(h.id) ?? [];
    const p = householdProgress(opts.required, results);
    const lastLessonAt =
      results
        .map((r) => r.completedAt)
        .sort()
        .at(-1) ?? null;
    return {
      householdCode: h.code,
      wardId: h.ward_id,
      ward: h.ward_name,
      areaId: h.area_id,
      area: h.area_name,
      members: members.get(h.id) ?? 0,
      doneCount: p.doneCount,
      total: p.total,
      complete: p.complete,
      completedAt: p.completedAt ?? null,
      lastLessonAt,
      mirrorRun: opts.mirrorRun,
    };
  });
  return { rows, last: households.at(-1)!.id };
}
