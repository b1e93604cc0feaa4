import { sql, type Kysely } from 'kysely';
import { VN_UTC_OFFSET_HOURS } from '../../src/core/calendar/vietnam-time';

// household_stats: one row per household with what the staff list and coverage need (lessons passed, last result,
// member count), and completion_weeks: passed results per tổ dân phố and week. Triggers keep both current, so every
// writer (app, bot, assisted, deletions) updates them in its own transaction, and 20,000 households list and sum
// without aggregating every completion on every request. The price: ~20 % fewer raw completion inserts per second.
// "Required" lessons are content, not schema: the row keeps every passed lesson, and migration-list-columns adds a
// count and bit mask of the required ones, from the set the service mirrors into required_lessons at start.

/** The households trigger as 003 created it (008 replaces it; its down migration puts this back). */
export const STATS_HOUSEHOLD_FUNCTION = `create function hvs_stats_household() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    insert into household_stats (household_id, area_id) values (new.id, new.area_id) on conflict (household_id) do nothing;
  elsif new.area_id is distinct from old.area_id then
    update household_stats set area_id = new.area_id where household_id = new.id;
  end if;
  return null;
end $$`;

// Each statement on its own: PGlite runs one statement per query.
const FUNCTIONS = [
  `create function hvs_stats_refresh(h uuid) returns void language plpgsql as $$
begin
  update household_stats set
    passed = coalesce((select array_agg(distinct lesson_id order by lesson_id) from completions where household_id = h and passed), '{}'),
    last_result_at = (select max(completed_at) from completions where household_id = h),
    members = (select count(*) from members where household_id = h)
  where household_id = h;
end $$`,
  STATS_HOUSEHOLD_FUNCTION,
  `create function hvs_week(at timestamptz) returns date language sql immutable as $$
  select (date_trunc('week', at at time zone 'UTC' + interval '${VN_UTC_OFFSET_HOURS} hours'))::date
$$`,
  // Every result of a tổ dân phố in one week would update one row, and concurrent writers would queue on its lock;
  // 16 shards per area and week (by household) spread them out, and readers sum the shards.
  `create function hvs_shard(h uuid) returns smallint language sql immutable as $$
  select (abs(hashtext(h::text)) % 16)::smallint
$$`,
  // The common case, a new result, is incremental; deletes and edits recount the household. Passed results also
  // count into their tổ dân phố's week (Monday, Vietnam time) for the coverage chart.
  `create function hvs_stats_completion() returns trigger language plpgsql as $$
declare
  a text;
begin
  if tg_op in ('UPDATE', 'DELETE') and old.passed then
    select area_id into a from household_stats where household_id = old.household_id;
    update completion_weeks set n = n - 1 where area_id = a and week = hvs_week(old.completed_at) and shard = hvs_shard(old.household_id);
  end if;
  if tg_op = 'INSERT' then
    update household_stats set
      passed = case when new.passed and not passed @> array[new.lesson_id] then passed || new.lesson_id else passed end,
      last_result_at = greatest(last_result_at, new.completed_at)
    where household_id = new.household_id
    returning area_id into a;
  else
    perform hvs_stats_refresh(old.household_id);
    if tg_op = 'UPDATE' and new.household_id is distinct from old.household_id then perform hvs_stats_refresh(new.household_id); end if;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.passed then
    if tg_op = 'UPDATE' then select area_id into a from household_stats where household_id = new.household_id; end if;
    if a is not null then
      insert into completion_weeks (area_id, week, shard, n) values (a, hvs_week(new.completed_at), hvs_shard(new.household_id), 1)
      on conflict (area_id, week, shard) do update set n = completion_weeks.n + 1;
    end if;
  end if;
  return null;
end $$`,
  `create function hvs_stats_member() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') and old.household_id is not null then
    update household_stats set members = (select count(*) from members where household_id = old.household_id) where household_id = old.household_id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.household_id is not null and (tg_op = 'INSERT' or new.household_id is distinct from old.household_id) then
    update household_stats set members = (select count(*) from members where household_id = new.household_id) where household_id = new.household_id;
  end if;
  return null;
end $$`,
];

const TRIGGERS = [
  `create trigger hvs_stats_household after insert or update of area_id on households for each row execute function hvs_stats_household()`,
  `create trigger hvs_stats_completion after insert or update or delete on completions for each row execute function hvs_stats_completion()`,
  `create trigger hvs_stats_member after insert or update of household_id or delete on members for each row execute function hvs_stats_member()`,
];

export async function createHouseholdStats(db: Kysely<unknown>) {
  // Half-empty pages let the triggers' updates stay on the page (HOT): PGlite has no autovacuum to tidy up after them.
  await db.schema
    .createTable('household_stats')
    .addColumn('household_id', 'uuid', (c) => c.primaryKey().references('households.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('passed', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('last_result_at', 'timestamptz')
    .addColumn('members', 'integer', (c) => c.notNull().defaultTo(0))
    .modifyEnd(sql`with (fillfactor = 50)`)
    .execute();
  await db.schema
    .createTable('completion_weeks')
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('week', 'date', (c) => c.notNull())
    .addColumn('shard', 'smallint', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('completion_weeks_pk', ['area_id', 'week', 'shard'])
    .modifyEnd(sql`with (fillfactor = 50)`)
    .execute();
  await db.schema.createIndex('household_stats_area_idx').on('household_stats').column('area_id').execute();
  await sql`insert into household_stats (household_id, area_id) select id, area_id from households`.execute(db);
  await sql`update household_stats st set
      passed = coalesce((select array_agg(distinct lesson_id order by lesson_id) from completions c where c.household_id = st.household_id and passed), '{}'),
      last_result_at = (select max(completed_at) from completions c where c.household_id = st.household_id),
      members = (select count(*) from members m where m.household_id = st.household_id)`.execute(db);
  for (const statement of [...FUNCTIONS, ...TRIGGERS]) await sql.raw(statement).execute(db);
  await sql`insert into completion_weeks (area_id, week, shard, n)
    select st.area_id, hvs_week(c.completed_at), hvs_shard(c.household_id), count(*) from completions c join household_stats st on st.household_id = c.household_id
    where c.passed group by 1, 2, 3`.execute(db);
}

export async function dropHouseholdStats(db: Kysely<unknown>) {
  await sql`drop trigger if exists hvs_stats_member on members`.execute(db);
  await sql`drop trigger if exists hvs_stats_completion on completions`.execute(db);
  await sql`drop trigger if exists hvs_stats_household on households`.execute(db);
  for (const f of [
    'hvs_stats_member()',
    'hvs_stats_completion()',
    'hvs_stats_household()',
    'hvs_stats_refresh(uuid)',
    'hvs_week(timestamptz)',
    'hvs_shard(uuid)',
  ])
    await sql.raw(`drop function if exists ${f}`).execute(db);
  await db.schema.dropTable('completion_weeks').ifExists().execute();
  await db.schema.dropTable('household_stats').ifExists().execute();
}
