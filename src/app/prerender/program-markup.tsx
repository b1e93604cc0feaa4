import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { AnimationRoutes, Route, ZMPRouter } from 'zmp-ui';
import { emptyProgress } from '../../core/progress/progress';
import { catalog } from '../content/lessons';
import { ProgramPage } from '../features/lessons/program-page';
import { createI18n } from '../i18n';

/** The base the prerender's router pretends to stand on; links are made relative to the page's <base> afterwards. */
const APP_ID = 'hvs-prerender';

type RouterGlobals = { APP_ID?: string; BASE_PATH?: string; location?: { search: string } };

/**
 * The program page as a resident who has not started sees it, in Vietnamese: the markup of #app, rendered at build
 * time by the same components the app mounts (so nothing moves when React takes over). Runs in Node, where zmp-ui's
 * router still reads `window` for its base path: a stand-in is set for the render and removed after.
 */
export async function programMarkup(): Promise<string> {
  const i18n = await createI18n('vi');
  const g = globalThis as { window?: RouterGlobals };
  const hadWindow = 'window' in g;
  if (!hadWindow) g.window = { APP_ID, BASE_PATH: `/zapps/${APP_ID}`, location: { search: '' } };
  try {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <ZMPRouter memoryRouter>
          <AnimationRoutes>
            <Route
              path="*"
              element={
                <ProgramPage catalog={catalog} progress={emptyProgress()} lang="vi" onOpenNational={() => undefined} />
              }
            />
          </AnimationRoutes>
        </ZMPRouter>
      </I18nextProvider>,
    );
    return html.replaceAll(`href="/zapps/${APP_ID}/`, 'href="');
  } finally {
    if (!hadWindow) delete g.window;
  }
}
