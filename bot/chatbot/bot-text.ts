import i18next, { type TFunction } from 'i18next';
import en from '../../src/locales/en/bot.json';
import vi from '../../src/locales/vi/bot.json';
import type { Lang } from '../../src/core/content/lesson-schema';

/** The bot's own sentences live with every other UI string, in src/locales/<lang>/bot.json. */
export async function createBotText(): Promise<(lang: Lang) => TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { vi: { bot: vi }, en: { bot: en } },
    lng: 'vi',
    fallbackLng: 'vi',
    defaultNS: 'bot',
    interpolation: { escapeValue: false },
  });
  const fixed = { vi: i18n.getFixedT('vi'), en: i18n.getFixedT('en') };
  return (lang) => fixed[lang];
}
