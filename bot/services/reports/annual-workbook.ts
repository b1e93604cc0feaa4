import type { TrainingPlanView, WardReportView } from '../../../src/core/api/report-views';
import { INDICATORS, type IndicatorValue } from '../../../src/core/reports/indicators';
import {
  denominatorLabel,
  formatDay,
  indicatorLabel,
  needLabel,
  planItemText,
  targetSentence,
} from '../../../src/core/reports/report-words';

// The annual report the ward sends the city (before 30 November): one workbook, in Vietnamese, dated, with the
// ward's name. Small (a few hundred cells), so it is built in memory. The sentences are report-words.ts's, the same
// ones the screen shows.

const STATUS = {
  reached: 'Đã đạt',
  on_track: 'Kịp kế hoạch',
  late: 'Chậm so với kế hoạch',
  stalled: 'Chưa có tiến độ',
} as const;
/** A suppressed count is written as text, so nobody sums it as zero. */
const cell = (n: number | null) => (n === null ? '< 3' : n);
const byId = (values: IndicatorValue[], id: IndicatorValue['id']) => values.find((v) => v.id === id)!;

export async function annualWorkbook(
  report: WardReportView,
  plan: TrainingPlanView,
  trackNames: ReadonlyMap<string, string>,
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Học vụ số Hải Phòng';
  const title = `Báo cáo kết quả Bình dân học vụ số — ${report.wardName}`;
  const dated = `Số liệu đến ngày ${formatDay(report.asOf)}. Chỉ số về thiết bị và kỹ năng do hộ tự khai khi khảo sát.`;
  const sheet = (name: string, widths: number[]) => {
    const ws = wb.addWorksheet(name);
    ws.columns = widths.map((width) => ({ width }));
    ws.addRow([title]).font = { bold: true, size: 14 };
    ws.addRow([dated]);
    ws.addRow([]);
    return ws;
  };
  const header = (ws: ReturnType<typeof sheet>, cells: string[]) => {
    const row = ws.addRow(cells);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'top' };
  };

  const summary = sheet('Tổng hợp', [44, 12, 12, 14, 14, 10, 16, 14, 22]);
  header(summary, [
    'Mục tiêu',
    'Mục tiêu (%)',
    'Hạn',
    'Hiện nay (hộ)',
    'Trên (hộ)',
    'Tỉ lệ (%)',
    'Tốc độ 4 tuần (hộ/tuần)',
    'Dự kiến đạt',
    'Đánh giá',
  ]);
  for (const t of report.targets) {
    summary.addRow([
      indicatorLabel('vi', t.indicator),
      t.share,
      formatDay(t.by),
      t.count,
      t.of,
      t.pct,
      t.perWeek,
      t.reachedBy ? formatDay(t.reachedBy) : '',
      STATUS[t.status],
    ]);
  }
  if (!report.targets.length) summary.addRow(['Phường chưa khai báo mục tiêu trong cấu hình (bot/config/areas.yaml).']);
  summary.addRow([]);
  for (const t of report.targets) summary.addRow([targetSentence('vi', t)]);
  summary.addRow([]);
  header(summary, ['Chỉ số', 'Số hộ', 'Trên (hộ)', 'Tỉ lệ (%)', 'Cách tính']);
  for (const i of INDICATORS) {
    const v = byId(report.indicators, i.id);
    summary.addRow([indicatorLabel('vi', i.id), cell(v.count), cell(v.of), v.pct, denominatorLabel('vi', i.of)]);
  }
  summary.addRow([]);
  header(summary, ['Hộ đã học xong cả chủ đề', 'Số hộ']);
  for (const t of report.tracks) summary.addRow([trackNames.get(t.trackId) ?? t.trackId, cell(t.households)]);

  const areas = sheet('Theo tổ', [28, ...INDICATORS.map(() => 14)]);
  header(areas, ['Tổ dân phố / thôn', 'Tổng số hộ', ...INDICATORS.map((i) => `${indicatorLabel('vi', i.id)} (hộ)`)]);
  for (const a of report.byArea) {
    areas.addRow([
      a.name,
      cell(byId(a.indicators, 'reach').of),
      ...INDICATORS.map((i) => cell(byId(a.indicators, i.id).count)),
    ]);
  }
  const total = byId(report.indicators, 'reach');
  areas.addRow([
    'Cả phường',
    cell(total.of),
    ...INDICATORS.map((i) => cell(byId(report.indicators, i.id).count)),
  ]).font = { bold: true };

  const needs = sheet('Nhu cầu', [28, 60, 12]);
  header(needs, ['Nội dung hộ muốn học', '', 'Số hộ']);
  for (const n of report.needs) needs.addRow([needLabel('vi', n.need), '', cell(n.households)]);
  needs.addRow([]);
  header(needs, ['Tổ dân phố / thôn', 'Việc cần tổ chức (nhiều hộ nhất trước)', 'Số hộ']);
  for (const a of plan.areas)
    for (const item of a.items) needs.addRow([a.name, planItemText('vi', item, item.shown), cell(item.shown)]);

  const trend = sheet('Xu hướng theo tháng', [14, 16, 16, 18]);
  header(trend, ['Tháng', 'Tổng số hộ', 'Đã khảo sát', 'Đã học xong']);
  for (const m of report.monthly)
    trend.addRow([m.month.split('-').reverse().join('/'), m.households, m.surveyed, m.complete]);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
