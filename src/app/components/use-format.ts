import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and numbers the way the reader's language writes them (24 Th11 2026 / 24 Nov 2026). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'vi-VN';
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
    const time = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
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
  }, [locale]);
}
