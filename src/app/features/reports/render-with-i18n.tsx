import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../i18n';

/** For this feature's component tests: the app's i18n in one language, with the staff strings loaded. */
export async function i18nWrapper(lang: 'vi' | 'en') {
  const i18n = await createI18n(lang);
  await i18n.loadNamespaces(['staff']);
  return (ui: ReactNode) => <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>;
}
