import { sql, type RawBuilder } from 'kysely';
import type { HouseholdListQuery } from '../../../src/core/api/staff-schemas';
import { foldVi } from '../../../src/core/text/vietnamese';
import type { Db } from '../open-database';
import { doneSql, lastActivitySql, needsVisitSql, statusFilterSql, surveyedSql, visitOrderSql } from '../rules-sql';

export type ListRow = {
  id: string;
  code: string;
  label: string | null;
  area_id: string;
  area_name: string;
  members: number;
  done: number;
  passed: string[];
  last_activity: Date | string | null;
  survey: boolean;
  needs_visit: boolean;
  total_count: string | number;
};

// Folding inside SQL: translate() maps every Vietnamese letter to its bare form, so "so 12" finds "Số 12".
const VI = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const FROM = VI + VI.toUpperCase();
const TO = [...FROM].map((ch) => foldVi(ch)).join('');
const like = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

function search(q: string | undefined): RawBuilder<unknown> {
  if (!q) return sql``;
  const code = q.toUpperCase().replace(/[\s-]/g, '');
  const label = sql`translate(lower(h.label), ${FROM}, ${TO}) like ${`%${like(foldVi(q))}%`}`;
  return /^[A-Z0-9]{1,6}$/.test(code) ? sql`and (st.code like ${`${code}%`} or ${label})` : sql`and ${label}`;
}

const FILTERS: Record<NonNullable<HouseholdListQuery['filter']>, (total: number) => RawBuilder<unknown>> = {
  ...statusFilterSql,
  needs_visit: () => sql`needs_visit`,
  no_survey: () => sql`not surveyed`,
};

/** The visit list behind a training-plan item: what the survey lacks, or what the household asked to learn. */
function planFilter(opts: Partial<HouseholdListQuery>): RawBuilder<unknown> {
  const lacks = opts.lacks ? sql`and surveyed and not (${`has:${opts.lacks}`} = any(survey_keys))` : sql``;
  const wants = opts.wants ? sql`and ${`need:${opts.wants}`} = any(survey_keys)` : sql``;
  return sql`${lacks} ${wants}`;
}

export type ListOptions = { areaIds: string[]; required: string[]; now: Date } & Partial<HouseholdListQuery>;

/**
 * The team's list in one statement over household_stats (kept by triggers): per-household figures, the survey and
 * the visit rule, filtered, sorted next-house-first (as compareVisitPriority in src/core) and paged. Only a search
 * reads the households table for every row (labels live there); otherwise it is joined for the page alone.
 */
export function householdRowsSql(opts: ListOptions, paging?: { limit: number; offset: number }) {
  const where = sql`${opts.filter ? FILTERS[opts.filter](opts.required.length) : sql`true`} ${planFilter(opts)}`;
  const page = paging ? sql`limit ${paging.limit} offset ${paging.offset}` : sql``;
  const order = visitOrderSql;
  // Sort narrow rows (keys only) with a bounded top-N sort, count the matches once, then read details for the page.
  return sql<ListRow>`
    with x as materialized (
      select st.household_id as id, st.code, st.area_id, ${doneSql} as done, ${lastActivitySql} as last_activity, ${needsVisitSql(opts.required, opts.now)} as needs_visit,
        ${surveyedSql} as surveyed, st.survey_keys
      from household_stats st ${opts.q ? sql`join households h on h.id = st.household_id` : sql``}
      where st.area_id in (${sql.join(opts.areaIds)}) ${search(opts.q)}
    ),
    page as (select x.* from x where ${where} order by ${order} ${page})
    select page.*, (select count(*) from x where ${where}) as total_count, h.label, a.name as area_name, st.members, st.passed, ${surveyedSql} as survey
    from page join households h on h.id = page.id join household_stats st on st.household_id = page.id join areas a on a.id = page.area_id
    order by ${order}`;
}

export const householdRows = (db: Db, opts: ListOptions, paging?: { limit: number; offset: number }) =>
  householdRowsSql(opts, paging).execute(db);
