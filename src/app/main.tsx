import 'zmp-ui/zaui.min.css';
import './styles/app.css';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createPlatform } from '../platform';
import { API_BASE } from './api/api-base';
import { createApi } from './api/api-client';
import { createHttp } from './api/http';
import { AppShell } from './app-shell';
import { findLesson } from './content/lessons';
import { createI18n, pickLang } from './i18n';
import { applyPreloadedCss } from './prerender/apply-css';
import { createAppStore } from './store/app-store';
import { ServicesProvider } from './store/store-context';

// Composition root of the mini app: host platform → persisted store → API client → i18n → React.
async function start() {
  const css = applyPreloadedCss();
  const platform = await createPlatform();
  const store = createAppStore(platform.storage, undefined, { lessonVersion: (id) => findLesson(id)?.version });
  const api = createApi(createHttp(API_BASE), store, platform);
  const { settings } = store.getState();
  // Until the resident picks a language, follow the host's (Zalo's zaloLanguage or the browser's).
  if (!settings.langChosen)
    store.setState({ settings: { ...settings, lang: pickLang(await platform.preferredLanguage()) } });
  const i18n = await createI18n(store.getState().settings.lang);
  const el = document.getElementById('app');
  if (!el) return;
  // React replaces the prerendered program with the same markup: with the full stylesheet in, nothing changes shape.
  await css;
  createRoot(el).render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider store={store} platform={platform} api={api}>
        <AppShell />
      </ServicesProvider>
    </I18nextProvider>,
  );
}

void start();
