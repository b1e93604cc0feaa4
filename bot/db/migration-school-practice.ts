import { sql, type Kysely, type Migration } from 'kysely';

// A school link can point at "Thật hay lừa?" instead of a lesson or a track (issue 14). Its events keep the shape
// they have (the unit column says 'practice'), so only the link needs to say what it points at: exactly one target.
export const schoolPracticeMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('school_links')
      .addColumn('practice', 'boolean', (c) => c.notNull().defaultTo(false))
      .execute();
    await db.schema
      .alterTable('school_links')
      .addCheckConstraint(
        'school_links_one_target',
        sql`num_nonnulls(lesson_id, track_id, nullif(practice, false)) = 1`,
      )
      .execute();
  },
  async down(db: Kysely<unknown>) {
    // Without the column a practice link would point nowhere: it goes, and its counts with it (cascade).
    await sql`delete from school_links where practice`.execute(db);
    await db.schema.alterTable('school_links').dropConstraint('school_links_one_target').execute();
    await db.schema.alterTable('school_links').dropColumn('practice').execute();
  },
};
