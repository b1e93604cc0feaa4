import { sql, type Kysely, type Migration } from 'kysely';

// "Thật hay lừa?" rounds of signed-in residents (issue 14): four counts a round, never which item or what was
// answered, so the team sees how well a tổ tells scams from real messages and nothing about any one person.
export const practiceRoundsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('practice_rounds')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      // Deleting one's data deletes one's rounds; a deleted household takes its rounds along.
      .addColumn('member_id', 'uuid', (c) => c.notNull().references('members.id').onDelete('cascade'))
      .addColumn('household_id', 'uuid', (c) => c.notNull().references('households.id').onDelete('cascade'))
      .addColumn('scams_shown', 'smallint', (c) => c.notNull())
      .addColumn('scams_caught', 'smallint', (c) => c.notNull())
      .addColumn('genuine_shown', 'smallint', (c) => c.notNull())
      .addColumn('genuine_flagged', 'smallint', (c) => c.notNull())
      .addColumn('played_at', 'timestamptz', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('app', 'bot')`))
      .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addCheckConstraint(
        'practice_rounds_counts',
        sql`scams_caught between 0 and scams_shown and genuine_flagged between 0 and genuine_shown and scams_shown + genuine_shown between 1 and 20`,
      )
      .execute();
    await db.schema.createIndex('practice_rounds_household_idx').on('practice_rounds').column('household_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('practice_rounds').execute();
  },
};
