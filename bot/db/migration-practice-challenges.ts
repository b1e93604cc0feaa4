import { sql, type Kysely, type Migration } from 'kysely';

// "Thách người nhà" (issue 14): a challenge is the five items of a round and the scores of whoever played it through
// the link. No account, no name, no device: a random id, item ids and numbers, kept 30 days.
export const practiceChallengesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('practice_challenges')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('item_ids', sql`text[]`, (c) => c.notNull())
      .addColumn('scores', sql`smallint[]`, (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createIndex('practice_challenges_created_idx')
      .on('practice_challenges')
      .column('created_at')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('practice_challenges').execute();
  },
};
