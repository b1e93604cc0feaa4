import { sql, type Kysely, type Migration } from 'kysely';

// Issue 5's second round: invites a ward admin can list and revoke (an id that is not the code's hash), the ward a
// bot question came from (so each ward sees its own), and attempt counters shared by every instance of the service.
export const staffAdminMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('staff_invites')
      .addColumn('id', 'uuid', (c) =>
        c
          .notNull()
          .unique()
          .defaultTo(sql`gen_random_uuid()`),
      )
      .execute();
    await db.schema
      .alterTable('staff_invites')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('staff_invites_ward_idx').on('staff_invites').column('ward_id').execute();
    await db.schema.alterTable('unanswered_questions').addColumn('ward_id', 'text').execute();
    await db.schema
      .createIndex('unanswered_ward_at_idx')
      .on('unanswered_questions')
      .columns(['ward_id', 'at'])
      .execute();
    await db.schema
      .createTable('attempt_counts')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('window_start', 'timestamptz', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('attempt_counts').ifExists().execute();
    await db.schema.dropIndex('unanswered_ward_at_idx').ifExists().execute();
    await db.schema.alterTable('unanswered_questions').dropColumn('ward_id').execute();
    await db.schema.dropIndex('staff_invites_ward_idx').ifExists().execute();
    await db.schema.alterTable('staff_invites').dropColumn('created_at').execute();
    await db.schema.alterTable('staff_invites').dropColumn('id').execute();
  },
};
