import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../bot/db/open-database';
import { backends, freshStore } from '../support/backends';

describe.each(backends)('migrations on %s', (backend) => {
  it('go up to the latest, down to nothing, and up again', async () => {
    const store = await freshStore(backend);
    const database = await openDatabase({ databaseUrl: store.env.DATABASE_URL, dataDir: store.env.DATA_DIR ?? '', schema: store.schema });
    const tables = async () =>
      (await sql<{ t: string }>`select table_name as t from information_schema.tables where table_schema = current_schema() and table_name not like 'kysely%'`.execute(database.db)).rows
        .map((r) => r.t)
        .sort();
    try {
      expect(await tables()).toEqual([
        'areas', 'attempt_counts', 'bot_quiz_sessions', 'completion_weeks', 'completions', 'consent_events', 'deletion_log', 'handoff_requests', 'household_stats', 'households', 'members',
        'oa_tokens', 'required_lessons', 'school_link_events', 'school_links', 'staff', 'staff_invites', 'staff_login_codes', 'surveys', 'unanswered_questions',
      ]);
      await migrate(database.db, 'down'); // 009 adds a column to bot_quiz_sessions only
      expect(await tables()).toHaveLength(20);
      await migrate(database.db, 'down'); // 008 adds required_lessons
      expect(await tables()).toHaveLength(19);
      await migrate(database.db, 'down'); // 007 and 006 change functions and triggers only
      expect(await tables()).toHaveLength(19);
      await migrate(database.db, 'down');
      expect(await tables()).toHaveLength(19);
      await migrate(database.db, 'down');
      expect(await tables()).toHaveLength(18);
      await migrate(database.db, 'down');
      expect(await tables()).toHaveLength(17);
      await migrate(database.db, 'down');
      expect(await tables()).toHaveLength(9);
      await migrate(database.db, 'down');
      expect(await tables()).toHaveLength(6);
      await migrate(database.db, 'down');
      expect(await tables()).toEqual([]);
      await migrate(database.db);
      expect(await tables()).toHaveLength(20);
    } finally {
      await database.close();
      await store.cleanup();
    }
  });
});
