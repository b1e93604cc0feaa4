import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Dates and numbers the way the reader's language writes them: 04/11/2026 (dd/mm/yyyy) in Vietnamese, 04 Nov 2026 in English.
 * Vietnamese gets numbers, not the short month ("24 thg 11, 2026"): "thg" is an abbreviation few older readers use,
 * while day/month/year is how dates are written on every form and phone they know.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return useMemo(() => {
    const locale = en ? 'en-GB' : 'vi-VN';
    const dayParts = { day: '2-digit', month: en ? 'short' : '2-digit', year: 'numeric' } as const;
    const day = new Intl.DateTimeFormat(locale, dayParts);
    const time = new Intl.DateTimeFormat(locale, { ...dayParts, hour: '2-digit', minute: '2-digit' });
    const hm = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return {
      date: (iso: string) => day.format(new Date(iso)),
      dateTime: (iso: string) => time.format(new Date(iso)),
      time: (iso: string) => hm.format(new Date(iso)),
      /** A calendar day sent as YYYY-MM-DD, shown as 03/11 whatever the phone's time zone. */
      dayMonth: (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`,
      number: (n: number) => num.format(n),
    };
  }, [en]);
}
