import type { IndicatorId } from './indicators';
import type { LearningNeed, SurveyFact } from './report-keys';
import type { TargetProgress } from './targets';
import type { PlanItem } from './training-plan';

// The words of the reports, in one place for the app, the annual workbook and the printed summary: a ward officer
// pastes these sentences into the ward's report, so the screen and the file must say exactly the same thing.

export type ReportLang = 'vi' | 'en';

const INDICATOR: Record<IndicatorId, Record<ReportLang, string>> = {
  reach: { vi: 'Hộ đã khảo sát', en: 'Households surveyed' },
  completed: { vi: 'Hộ đã học xong các bài bắt buộc', en: 'Households that finished the required lessons' },
  smartphone: { vi: 'Hộ có điện thoại thông minh', en: 'Households with a smartphone' },
  zalo: { vi: 'Hộ dùng Zalo', en: 'Households using Zalo' },
  vneid2: { vi: 'Hộ có VNeID mức 2', en: 'Households with VNeID level 2' },
  online_services: { vi: 'Hộ đã dùng dịch vụ công trực tuyến', en: 'Households using online public services' },
  cashless: { vi: 'Hộ thanh toán không dùng tiền mặt', en: 'Households paying without cash' },
  smart_hai_phong: { vi: 'Hộ dùng Smart Hải Phòng', en: 'Households using Smart Hải Phòng' },
};

/** Over what each share is counted, said plainly next to it. */
const DENOMINATOR: Record<'households' | 'surveyed', Record<ReportLang, string>> = {
  households: { vi: 'trên tổng số hộ', en: 'of all households' },
  surveyed: { vi: 'trên số hộ đã khảo sát (tự khai)', en: 'of surveyed households (self-reported)' },
};

const LACKS: Record<SurveyFact, Record<ReportLang, string>> = {
  smartphone: { vi: 'hộ chưa có điện thoại thông minh', en: 'households without a smartphone' },
  zalo: { vi: 'hộ cần hướng dẫn dùng Zalo', en: 'households to help with Zalo' },
  vneid2: { vi: 'hộ cần hướng dẫn VNeID mức 2', en: 'households to help to VNeID level 2' },
  online_services: {
    vi: 'hộ chưa dùng dịch vụ công trực tuyến',
    en: 'households that never used an online public service',
  },
  cashless: { vi: 'hộ chưa thanh toán không dùng tiền mặt', en: 'households not yet paying without cash' },
  smart_hai_phong: { vi: 'hộ chưa dùng Smart Hải Phòng', en: 'households not yet using Smart Hải Phòng' },
};

const NEED: Record<LearningNeed, Record<ReportLang, string>> = {
  vneid: { vi: 'VNeID', en: 'VNeID' },
  'public-services': { vi: 'dịch vụ công trực tuyến', en: 'online public services' },
  'cashless-payments': { vi: 'thanh toán không dùng tiền mặt', en: 'paying without cash' },
  'smart-hai-phong': { vi: 'Smart Hải Phòng', en: 'Smart Hải Phòng' },
  'online-safety': { vi: 'phòng lừa đảo trên mạng', en: 'staying safe from online fraud' },
  zalo: { vi: 'dùng Zalo', en: 'using Zalo' },
  'online-shopping': { vi: 'mua sắm trực tuyến', en: 'online shopping' },
  'health-apps': { vi: 'ứng dụng sức khoẻ', en: 'health apps' },
  other: { vi: 'nội dung khác (tự ghi)', en: 'something else (written in)' },
};

export const indicatorLabel = (lang: ReportLang, id: IndicatorId) => INDICATOR[id][lang];
export const denominatorLabel = (lang: ReportLang, of: 'households' | 'surveyed') => DENOMINATOR[of][lang];
export const needLabel = (lang: ReportLang, need: LearningNeed) => NEED[need][lang];

/** A number as the language writes it: 20.000 in Vietnamese, 20,000 in English. */
export const formatCount = (lang: ReportLang, n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
/** Between a number and "%": a no-break space, so a narrow screen never starts a line with "%)". */
const NBSP = '\u00a0';
/** A share as "6,2 %" (vi) or "6.2 %" (en), the space a no-break one; "–" when it is not shown. */
export const formatShare = (lang: ReportLang, p: number | null) =>
  p === null ? '–' : `${formatCount(lang, p)}${NBSP}%`;
/** yyyy-mm-dd as dd/mm/yyyy, the way Vietnamese documents (and en-GB) write dates. */
export const formatDay = (day: string) => day.split('-').reverse().join('/');

/** "42 hộ cần hướng dẫn VNeID mức 2" (or "< 3 hộ …" when suppressed). */
export function planItemText(lang: ReportLang, item: PlanItem, shown: number | null = item.households): string {
  const n = shown === null ? '< 3' : formatCount(lang, shown);
  if (item.kind === 'survey') return lang === 'vi' ? `${n} hộ chưa được khảo sát` : `${n} households not surveyed yet`;
  if (item.kind === 'lacks') return `${n} ${LACKS[item.fact][lang]}`;
  return lang === 'vi'
    ? `${n} hộ muốn học ${NEED[item.need].vi}`
    : `${n} households want to learn ${NEED[item.need].en}`;
}

/**
 * The target in words a ward officer can paste into a report, e.g. "Hộ đã học xong các bài bắt buộc: 1.234/20.000
 * hộ (6,2 %); mục tiêu 100 % trước 31/12/2026. 4 tuần qua: trung bình 150 hộ/tuần; với tốc độ này đạt mục tiêu
 * khoảng 15/03/2029, chậm so với kế hoạch."
 */
export function targetSentence(lang: ReportLang, t: TargetProgress): string {
  const label = INDICATOR[t.indicator][lang];
  const perWeek = t.perWeek.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  if (lang === 'vi') {
    const head = `${label}: ${formatCount('vi', t.count)}/${formatCount('vi', t.of)} hộ (${formatShare('vi', t.pct)}); mục tiêu ${t.share}${NBSP}% trước ${formatDay(t.by)}.`;
    if (t.status === 'reached') return `${head} Đã đạt mục tiêu.`;
    const pace = `4 tuần qua: trung bình ${perWeek} hộ/tuần`;
    if (t.status === 'stalled')
      return `${head} ${pace}; với tốc độ này chưa thể đạt mục tiêu (còn ${formatCount('vi', t.remaining)} hộ).`;
    const when = `với tốc độ này đạt mục tiêu khoảng ${formatDay(t.reachedBy!)}`;
    return `${head} ${pace}; ${when}, ${t.status === 'on_track' ? 'kịp kế hoạch' : 'chậm so với kế hoạch'} (còn ${formatCount('vi', t.remaining)} hộ).`;
  }
  const head = `${label}: ${formatCount('en', t.count)}/${formatCount('en', t.of)} (${formatShare('en', t.pct)}); target ${t.share}${NBSP}% by ${formatDay(t.by)}.`;
  if (t.status === 'reached') return `${head} Target reached.`;
  const pace = `Last 4 weeks: ${perWeek} households a week on average`;
  if (t.status === 'stalled')
    return `${head} ${pace}; at this pace the target will not be reached (${formatCount('en', t.remaining)} to go).`;
  return `${head} ${pace}; at this pace the target is reached around ${formatDay(t.reachedBy!)}, ${t.status === 'on_track' ? 'in time' : 'later than planned'} (${formatCount('en', t.remaining)} to go).`;
}
