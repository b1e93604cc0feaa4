import { vnCalendarDay } from '../../../src/core/calendar/vietnam-time';
import { formatJoinCode } from '../../../src/core/household/join-code';
import type { SurveyTopic } from '../../../src/core/survey/survey';
import type { ExportRow } from '../../db/queries/export-rows';

export type Cell = string | number | Date | null;
export type Column = { header: string; width: number; date?: boolean };

// The ward office reads these in Excel: Vietnamese headers and values.
const TOPICS: Record<SurveyTopic, string> = {
  vneid: 'VNeID',
  'public-services': 'Dịch vụ công trực tuyến',
  'cashless-payments': 'Thanh toán không tiền mặt',
  'smart-hai-phong': 'Smart Hải Phòng',
  'online-safety': 'An toàn trên mạng',
  zalo: 'Zalo',
  'online-shopping': 'Mua sắm trực tuyến',
  'health-apps': 'Ứng dụng y tế',
};
/** Where the results came from, in words a ward office reads without a legend; sources with none are left out. */
const sourceWords = (s: { app: number; bot: number; assisted: number }) =>
  [
    [s.app, 'tự học trên ứng dụng'],
    [s.bot, 'học qua tin nhắn Zalo'],
    [s.assisted, 'học cùng tổ công nghệ số'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, label]) => `${n} bài ${label}`)
    .join('; ') || 'Chưa có';
const yesNo = (b: boolean | undefined) => (b === undefined ? null : b ? 'Có' : 'Không');

/** A calendar day in Vietnam as a date-only value, so Excel shows the day the resident saw. */
export const vnDay = vnCalendarDay;

/** Columns and cells shared by the XLSX and the CSV export, so both always carry the same data. */
export function exportLayout(lessons: { id: string; title: string }[]) {
  const columns: Column[] = [
    { header: 'Mã hộ', width: 10 },
    { header: 'Tổ dân phố', width: 16 },
    { header: 'Nhãn', width: 20 },
    { header: 'Số thành viên', width: 8 },
    ...lessons.map((l) => ({ header: l.title, width: 14, date: true })),
    { header: 'Hoàn thành', width: 10 },
    { header: 'Ngày hoàn thành', width: 14, date: true },
    { header: 'Nguồn', width: 24 },
    { header: 'Đã khảo sát', width: 10 },
    { header: 'Điện thoại thông minh', width: 10 },
    { header: 'Máy tính', width: 10 },
    { header: 'Internet', width: 10 },
    { header: 'Dùng Zalo', width: 10 },
    { header: 'Mức VNeID', width: 8 },
    { header: 'Dịch vụ công trực tuyến', width: 10 },
    { header: 'Thanh toán không tiền mặt', width: 10 },
    { header: 'Smart Hải Phòng', width: 10 },
    { header: 'Muốn học', width: 30 },
    { header: 'Người điền khảo sát', width: 12 },
  ];

  function cells(r: ExportRow): Cell[] {
    const days = lessons.map((l) => r.firstPassed[l.id]);
    const complete = lessons.length > 0 && days.every(Boolean);
    const completedAt = complete ? new Date(Math.max(...days.map((d) => d.getTime()))) : null;
    const a = r.survey?.answers;
    const wants = a
      ? [...a.wantsToLearn.topics.map((t) => TOPICS[t]), ...(a.wantsToLearn.other ? [a.wantsToLearn.other] : [])].join(
          '; ',
        )
      : null;
    return [
      formatJoinCode(r.code),
      r.areaName,
      r.label,
      r.members,
      ...days.map((d) => (d ? vnDay(d) : null)),
      complete ? 'Có' : 'Chưa',
      completedAt && vnDay(completedAt),
      sourceWords(r.sources),
      a ? 'Có' : 'Chưa',
      yesNo(a?.devices.smartphone),
      yesNo(a?.devices.computer),
      yesNo(a?.devices.internet),
      yesNo(a?.uses.zalo),
      a ? a.uses.vneidLevel : null,
      yesNo(a?.uses.onlinePublicServices),
      yesNo(a?.uses.cashlessPayments),
      yesNo(a?.uses.smartHaiPhong),
      wants,
      r.survey ? (r.survey.filledBy === 'team' ? 'Tổ CNSCĐ' : 'Người dân') : null,
    ];
  }
  return { columns, cells };
}
