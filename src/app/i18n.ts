import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from '../locales/vi/common.json';

type Resources = Record<string, unknown>;

/**
 * Everything but Vietnamese `common` is a chunk of its own; `chat`, `staff` and `survey` come with their screens, and
 * `account` (the household, the data notice and My data: 9 KB the program page never shows) with the screens that
 * wait for it (useAccountStrings).
 */
const later: Record<string, () => Promise<{ default: Resources }>> = {
  'en/common': () => import('../locales/en/common.json'),
  'vi/account': () => import('../locales/vi/account.json'),
  'en/account': () => import('../locales/en/account.json'),
  'vi/chat': () => import('../locales/vi/chat.json'),
  'en/chat': () => import('../locales/en/chat.json'),
  'vi/staff': () => import('../locales/vi/staff.json'),
  'en/staff': () => import('../locales/en/staff.json'),
  'vi/survey': () => import('../locales/vi/survey.json'),
  'en/survey': () => import('../locales/en/survey.json'),
};

/**
 * Vietnamese ships in the first download (most residents read it, and it is the fallback); English, and the strings
 * of screens that load later, are fetched when first needed, so the first screen of a slow phone carries no more.
 */
const localeBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const lang = language === 'en' ? 'en' : 'vi';
    if (lang === 'vi' && namespace === 'common') return callback(null, vi);
    const load = later[`${lang}/${namespace}`];
    if (!load) return callback(new Error(`No ${namespace} strings for ${lang}`), false);
    load().then(
      (m) => callback(null, m.default),
      (err: Error) => callback(err, false),
    );
  },
};

/** i18next with Vietnamese as the default and fallback; English is complete (a test checks key parity). */
export async function createI18n(lang: 'vi' | 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(localeBackend)
    .use(initReactI18next)
    .init({
      lng: lang,
      fallbackLng: 'vi',
      supportedLngs: ['vi', 'en'],
      ns: ['common'],
      defaultNS: 'common',
      // `household.…`, `consent.…` and `myData.…` keep their names: looked up in `account` once a screen loaded it.
      fallbackNS: 'account',
      interpolation: { escapeValue: false },
      // Screens render after init, and a language switch waits for its chunk: nothing needs to suspend.
      react: { useSuspense: false },
    });
  return instance;
}

/** Maps a host language tag (Zalo's zaloLanguage, navigator.language) to one we have. */
export const pickLang = (tag: string | undefined): 'vi' | 'en' => (tag && /^en/i.test(tag) ? 'en' : 'vi');
