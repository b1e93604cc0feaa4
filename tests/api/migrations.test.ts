import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrate, type Db } from '../../bot/db/open-database';
import { migrations } from '../../bot/db/migrations';
import { backends } from '../support/backends';
import { withTestDatabase } from '../support/test-database';

/**
 * What a migration can change, read from the catalogue: columns with their types, nullability and defaults,
 * constraints, indexes, functions (by their source) and triggers. Kysely's own bookkeeping tables are left out.
 */
async function schemaSnapshot(db: Db) {
  const rows = async (q: ReturnType<typeof sql<{ x: string }>>) => (await q.execute(db)).rows.map((r) => r.x).sort();
  return {
    columns: await rows(sql<{
      x: string;
    }>`select concat_ws(' ', table_name, column_name, data_type, is_nullable, column_default) as x
      from information_schema.columns where table_schema = current_schema() and table_name not like 'kysely%'`),
    constraints: await rows(sql<{
      x: string;
    }>`select concat_ws(' ', c.relname, pg_get_constraintdef(k.oid)) as x from pg_constraint k
      join pg_class c on c.oid = k.conrelid where c.relnamespace = current_schema()::regnamespace and c.relname not like 'kysely%'`),
    indexes: await rows(
      sql<{
        x: string;
      }>`select indexdef as x from pg_indexes where schemaname = current_schema() and tablename not like 'kysely%'`,
    ),
    functions: await rows(
      sql<{
        x: string;
      }>`select concat_ws(' ', proname, md5(prosrc)) as x from pg_proc where pronamespace = current_schema()::regnamespace`,
    ),
    triggers: await rows(sql<{
      x: string;
    }>`select concat_ws(' ', trigger_name, event_object_table, event_manipulation, action_timing, action_statement) as x
      from information_schema.triggers where trigger_schema = current_schema()`),
  };
}

describe.each(backends)('migrations on %s', (backend) => {
  it('each down leaves the schema exactly as it was before that migration went up', async () => {
    const names = Object.keys(migrations);
    await withTestDatabase(backend, {}, async (db) => {
      // openDatabase migrated to the latest; walk down to nothing, remembering the schema at every step.
      const below: Awaited<ReturnType<typeof schemaSnapshot>>[] = [];
      for (let i = names.length; i > 0; i--) {
        await migrate(db, 'down');
        below[i - 1] = await schemaSnapshot(db);
      }
      expect(below[0].columns).toEqual([]);
      expect(below[0].functions).toEqual([]);
      // Up one at a time, then down again: each down must give back the snapshot taken below that migration.
      for (let i = 0; i < names.length; i++) {
        await migrate(db, 'up');
        const up = await schemaSnapshot(db);
        expect(up, `${names[i]} changed nothing`).not.toEqual(below[i]);
        await migrate(db, 'down');
        expect(await schemaSnapshot(db), `down of ${names[i]}`).toEqual(below[i]);
        await migrate(db, 'up');
      }
      const tables = await sql<{
        t: string;
      }>`select table_name as t from information_schema.tables where table_schema = current_schema() and table_name not like 'kysely%'`.execute(
        db,
      );
      expect(tables.rows.map((r) => r.t).sort()).toEqual([
        'areas',
        'attempt_counts',
        'bot_quiz_sessions',
        'completion_weeks',
        'completions',
        'consent_events',
        'deletion_log',
        'handoff_requests',
        'household_stats',
        'households',
        'members',
        'oa_tokens',
        'practice_challenges',
        'practice_rounds',
        'report_counts',
        'report_days',
        'required_lessons',
        'school_link_events',
        'school_links',
        'staff',
        'staff_invites',
        'staff_login_codes',
        'surveys',
        'unanswered_questions',
      ]);
    });
  });
});
