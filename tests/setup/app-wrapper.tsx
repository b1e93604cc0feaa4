import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { createI18n } from '../../src/app/i18n';

export type Wrap = (ui: ReactNode) => ReactElement;

/**
 * For component tests: the app's own i18n in one language, with the namespaces the screen needs loaded before it
 * renders (a screen loads them itself in the app, a frame late), inside a router, because zmp-ui's Page and our
 * header read the location.
 */
export async function appWrapper(lang: 'vi' | 'en' = 'vi', namespaces: string[] = []): Promise<Wrap> {
  const i18n = await createI18n(lang);
  if (namespaces.length) await i18n.loadNamespaces(namespaces);
  return (ui) => (
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>{ui}</MemoryRouter>
    </I18nextProvider>
  );
}
