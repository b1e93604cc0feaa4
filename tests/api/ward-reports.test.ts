import { describe, expect, it } from 'vitest';
import type { KyselyPlugin, RootOperationNode } from 'kysely';
import { createStaffAccess, type StaffContext } from '../../bot/services/access/staff-access';
import { loadAreas } from '../../bot/services/households/areas';
import { createWardReports } from '../../bot/services/reports/ward-reports';
import { backends } from '../support/backends';
import { SAMPLE_AREAS_FILE, SAMPLE_WARD_ID } from '../support/sample-areas';
import { withTestDatabase } from '../support/test-database';

/** Counts the statements that read a table, by the table's name in their text (the roll-up reads are raw SQL). */
function statementsReading(table: string) {
  let n = 0;
  const textOf = (node: RootOperationNode) =>
    'sqlFragments' in node ? (node.sqlFragments as string[]).join('?') : JSON.stringify(node);
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      if (new RegExp(`\\b${table}\\b`).test(textOf(node))) n++;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { plugin, count: () => n };
}

describe.each(backends)('the annual workbook on %s', (backend) => {
  it('builds the ward report and the training plan from one read of the counts', async () => {
    await withTestDatabase(backend, { areas: true }, async (db) => {
      const wards = await loadAreas(SAMPLE_AREAS_FILE);
      const ward = wards.find((w) => w.wardId === SAMPLE_WARD_ID)!;
      const ctx: StaffContext = {
        staffId: 's',
        memberId: 'm',
        role: 'ward_admin',
        wardId: ward.wardId,
        wardName: ward.wardName,
        schoolName: null,
        areas: ward.areas,
      };
      const reads = statementsReading('report_counts');
      const reports = createWardReports({
        db: db.withPlugin(reads.plugin),
        access: createStaffAccess(db),
        wards,
        tracks: [],
        now: () => new Date(),
      });
      const file = await reports.annualXlsx(ctx);
      expect(file.filename).toMatch(/^bao-cao-nam-le-chan-\d{4}-\d{2}-\d{2}\.xlsx$/);
      expect((await new Response(file.body).arrayBuffer()).byteLength).toBeGreaterThan(0);
      expect(reads.count()).toBe(1);
    });
  });
});
