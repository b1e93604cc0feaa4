import { sql, type Kysely, type Migration } from 'kysely';
import { createHouseholdStats, dropHouseholdStats } from './household-stats';

const role = sql`role in ('ward_admin', 'team', 'school')`;

// Staff roles, their one-time codes, the household survey and school links. Indexes serve the team's list and the
// ward's reports, which read a whole tổ dân phố (or ward) at a time.
export const staffMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('staff')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('member_id', 'uuid', (c) => c.notNull().unique().references('members.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull().check(role))
      .addColumn('ward_id', 'text', (c) => c.notNull())
      .addColumn('area_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('school_name', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable('staff_invites')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('role', 'text', (c) => c.notNull().check(role))
      .addColumn('ward_id', 'text', (c) => c.notNull())
      .addColumn('area_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('school_name', 'text')
      .addColumn('created_by', 'uuid', (c) => c.references('staff.id').onDelete('set null'))
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .addColumn('used_at', 'timestamptz')
      .execute();
    await db.schema
      .createTable('staff_login_codes')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('staff_id', 'uuid', (c) => c.notNull().references('staff.id').onDelete('cascade'))
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .addColumn('used_at', 'timestamptz')
      .execute();
    await db.schema
      .createTable('surveys')
      .addColumn('household_id', 'uuid', (c) => c.primaryKey().references('households.id').onDelete('cascade'))
      .addColumn('answers', 'jsonb', (c) => c.notNull())
      .addColumn('filled_by', 'text', (c) => c.notNull().check(sql`filled_by in ('resident', 'team')`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('school_links')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('token', 'text', (c) => c.notNull().unique())
      .addColumn('school_staff_id', 'uuid', (c) => c.notNull().references('staff.id').onDelete('cascade'))
      .addColumn('class_label', 'text', (c) => c.notNull())
      .addColumn('lesson_id', 'text')
      .addColumn('track_id', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('school_links_staff_idx').on('school_links').column('school_staff_id').execute();
    await db.schema
      .createTable('school_link_events')
      .addColumn('link_id', 'uuid', (c) => c.notNull().references('school_links.id').onDelete('cascade'))
      .addColumn('device_hash', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('open', 'complete')`))
      .addColumn('lesson_id', 'text', (c) => c.notNull())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addUniqueConstraint('school_link_events_once', ['link_id', 'device_hash', 'kind', 'lesson_id'])
      .execute();
    // The team's list pages through one tổ dân phố by code; the export walks the ward the same way.
    await db.schema.createIndex('households_area_code_idx').on('households').columns(['area_id', 'code']).execute();
    // Per-household aggregates (done lessons, last activity, sources) read only this index, never the table.
    await sql`create index completions_household_cover_idx on completions (household_id) include (lesson_id, passed, completed_at, source)`.execute(
      db,
    );
    await db.schema.createIndex('unanswered_at_idx').on('unanswered_questions').column('at').execute();
    await createHouseholdStats(db);
  },
  async down(db: Kysely<unknown>) {
    await dropHouseholdStats(db);
    await db.schema.dropIndex('unanswered_at_idx').ifExists().execute();
    await db.schema.dropIndex('completions_household_cover_idx').ifExists().execute();
    await db.schema.dropIndex('households_area_code_idx').ifExists().execute();
    for (const t of ['school_link_events', 'school_links', 'surveys', 'staff_login_codes', 'staff_invites', 'staff'])
      await db.schema.dropTable(t).ifExists().execute();
  },
};
