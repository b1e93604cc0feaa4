import { sql, type Kysely, type Migration } from 'kysely';

/*
 * The Zalo OA's current token pair. Zalo's refresh tokens are single-use (each refresh returns a new pair), so the
 * pair lives here rather than in the environment, where a restart would bring back a spent refresh token.
 * `seed` fingerprints the env pair the row started from: a new pair in the env (after re-authorising) replaces it.
 * `lease_until` lets one instance refresh at a time without holding a transaction open across the HTTP call.
 */
export const oaTokensMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('oa_tokens')
      .addColumn('app_id', 'text', (c) => c.primaryKey())
      .addColumn('access_token', 'text', (c) => c.notNull())
      .addColumn('refresh_token', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'timestamptz')
      .addColumn('seed', 'text', (c) => c.notNull())
      .addColumn('lease_until', 'timestamptz')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('oa_tokens').ifExists().execute();
  },
};
