import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { hotPathFunctionsMigration } from './migration-hot-path-functions';
import { listColumnsMigration } from './migration-list-columns';
import { oaTokensMigration } from './migration-oa-tokens';
import { staffMigration } from './migration-staff';
import { staffAdminMigration } from './migration-staff-admin';
import { quizOrderMigration } from './migration-quiz-order';
import { statsPerStatementMigration } from './migration-stats-per-statement';
import { surveyVisitRuleMigration } from './migration-survey-visit-rule';
import { practiceRoundsMigration } from './migration-practice-rounds';
import { practiceChallengesMigration } from './migration-practice-challenges';
import { reportRollupsMigration } from './migration-report-rollups';
import { schoolPracticeMigration } from './migration-school-practice';

// Migrations live in code (not files on disk) so the service runs the same from source, tests and a bundle.
const init: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('areas')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('ward_id', 'text', (c) => c.notNull())
      .addColumn('ward_name', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('households')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id'))
      .addColumn('label', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('households_area_idx').on('households').column('area_id').execute();
    await db.schema
      .createTable('members')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('zalo_id', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('household_id', 'uuid', (c) => c.references('households.id').onDelete('set null'))
      .addColumn('role', 'text', (c) =>
        c
          .notNull()
          .defaultTo('member')
          .check(sql`role in ('head', 'member')`),
      )
      .addColumn('consent_at', 'timestamptz')
      .addColumn('consent_version', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('members_household_idx').on('members').column('household_id').execute();
    await db.schema
      .createTable('completions')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('member_id', 'uuid', (c) => c.references('members.id').onDelete('cascade'))
      .addColumn('household_id', 'uuid', (c) => c.notNull().references('households.id').onDelete('cascade'))
      .addColumn('lesson_id', 'text', (c) => c.notNull())
      .addColumn('lesson_version', 'integer', (c) => c.notNull())
      .addColumn('score', 'real', (c) => c.notNull())
      .addColumn('passed', 'boolean', (c) => c.notNull())
      .addColumn('completed_at', 'timestamptz', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('app', 'bot', 'assisted')`))
      .addColumn('recorded_by', 'uuid')
      .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createIndex('completions_household_idx')
      .on('completions')
      .columns(['household_id', 'lesson_id'])
      .execute();
    await db.schema.createIndex('completions_member_idx').on('completions').column('member_id').execute();
    await db.schema
      .createTable('consent_events')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('member_id', 'uuid', (c) => c.notNull().references('members.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('given', 'withdrawn')`))
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('deletion_log')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('completions', 'integer', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['deletion_log', 'consent_events', 'completions', 'members', 'households', 'areas']) {
      await db.schema.dropTable(t).ifExists().execute();
    }
  },
};

// The chatbot's own state: a quiz in progress per chat user, requests for a person, and questions it could not answer.
const bot: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('bot_quiz_sessions')
      .addColumn('user_key', 'text', (c) => c.primaryKey())
      .addColumn('lesson_id', 'text', (c) => c.notNull())
      .addColumn('question', 'integer', (c) => c.notNull())
      .addColumn('taps', 'jsonb', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable('handoff_requests')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('member_id', 'uuid', (c) => c.references('members.id').onDelete('cascade'))
      .addColumn('area_id', 'text')
      .addColumn('question', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
      .execute();
    await db.schema
      .createTable('unanswered_questions')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('top_faq', 'text')
      .addColumn('confidence', 'real', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['unanswered_questions', 'handoff_requests', 'bot_quiz_sessions'])
      await db.schema.dropTable(t).ifExists().execute();
  },
};

export const migrations: Record<string, Migration> = {
  '001-init': init,
  '002-bot': bot,
  '003-staff': staffMigration,
  '004-staff-admin': staffAdminMigration,
  '005-oa-tokens': oaTokensMigration,
  '006-stats-per-statement': statsPerStatementMigration,
  '007-hot-path-functions': hotPathFunctionsMigration,
  '008-list-columns': listColumnsMigration,
  '009-quiz-order': quizOrderMigration,
  '010-survey-visit-rule': surveyVisitRuleMigration,
  '011-practice-rounds': practiceRoundsMigration,
  '012-practice-challenges': practiceChallengesMigration,
  '013-report-rollups': reportRollupsMigration,
  '014-school-practice': schoolPracticeMigration,
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };
