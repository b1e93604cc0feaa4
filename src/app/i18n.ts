import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en/common.json';
import vi from '../locales/vi/common.json';

/** i18next with Vietnamese as the default and fallback; English is complete (a test checks key parity). */
export async function createI18n(lang: 'vi' | 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: { vi: { common: vi }, en: { common: en } },
    lng: lang,
    fallbackLng: 'vi',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Maps a host language tag (Zalo's zaloLanguage, navigator.language) to one we have. */
export const pickLang = (tag: string | undefined): 'vi' | 'en' => (tag && /^en/i.test(tag) ? 'en' : 'vi');
