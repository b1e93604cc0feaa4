import { useTranslation } from 'react-i18next';
import type { ReportLang } from '../../../core/reports/report-words';
import { formatCount, formatShare } from '../../../core/reports/report-words';

/** The report words' language (src/core/reports/report-words.ts) from the app's: Vietnamese unless English. */
export function useReportLang(): ReportLang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** A count as the workbook writes it; a suppressed one (1 or 2 households) as "< 3". */
export const countText = (lang: ReportLang, n: number | null) => (n === null ? '< 3' : formatCount(lang, n));

/** An indicator's share, or "< 3" when its count is hidden (a share of 1 or 2 households would give them away). */
export const valueText = (lang: ReportLang, v: { count: number | null; pct: number | null } | undefined) =>
  !v ? '–' : v.count === null ? '< 3' : formatShare(lang, v.pct);

/** "2026-03" as "03/2026", the way the monthly trend labels its months. */
export const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
