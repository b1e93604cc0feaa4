import { Hono, type Context } from 'hono';
import { coverageQuery, exportQuery } from '../../src/core/api/staff-schemas';
import { queryOf } from '../http/query';
import type { StaffEnv } from '../http/staff-auth';
import type { Coverage } from '../services/reports/coverage';
import type { ExportFile, Exports } from '../services/reports/exports';
import type { Unanswered } from '../services/reports/unanswered';
import type { WardReports } from '../services/reports/ward-reports';

// Through c.body, so headers set earlier (CORS for the mini app's origin) stay on the download.
const download = (c: Context, f: ExportFile) =>
  c.body(f.body, 200, {
    'Content-Type': f.contentType,
    'Content-Disposition': `attachment; filename="${f.filename}"`,
    'Cache-Control': 'no-store',
  });

/** Coverage, the ward office's exports, and the bot's unanswered questions. */
export type StaffReportDeps = { coverage: Coverage; exports: Exports; reports: WardReports; unanswered: Unanswered };

export function staffReportRoutes(st: StaffReportDeps) {
  const app = new Hono<StaffEnv>();
  app.get('/coverage', async (c) => c.json(await st.coverage.summary(c.var.staff, queryOf(c, coverageQuery))));
  app.get('/export.xlsx', async (c) => download(c, await st.exports.xlsx(c.var.staff, queryOf(c, exportQuery))));
  app.get('/export.csv', async (c) => download(c, await st.exports.csv(c.var.staff, queryOf(c, exportQuery))));
  app.get('/reports/ward', async (c) => c.json(await st.reports.ward(c.var.staff)));
  app.get('/reports/training-plan', async (c) => c.json(await st.reports.trainingPlan(c.var.staff)));
  app.get('/reports/annual.xlsx', async (c) => download(c, await st.reports.annualXlsx(c.var.staff)));
  app.get('/reports/city', async (c) => c.json(await st.reports.city(c.var.staff)));
  app.get('/unanswered', async (c) => c.json(await st.unanswered.groups(c.var.staff)));
  return app;
}
