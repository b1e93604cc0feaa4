import { sql, type Kysely, type Migration } from 'kysely';

// The chat quiz shows options in a per-attempt order; the order must survive between messages (and instances) so a
// re-shown question keeps its buttons where the resident saw them. Sessions started before this have '[]': authored order.
export const quizOrderMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('bot_quiz_sessions')
      .addColumn('option_order', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('bot_quiz_sessions').dropColumn('option_order').execute();
  },
};
