import { lazy, Suspense, useEffect } from 'react';
import { App, AnimationRoutes, Route, SnackbarProvider, ZMPRouter, useNavigate } from 'zmp-ui';
import { DisplaySettings } from './components/display-settings';
import { catalog } from './content/lessons';
import { ProgramPage } from './features/lessons/program-page';
import { NotFoundPage } from './features/lessons/not-found';
import { useAppState, usePlatform } from './store/store-context';

function ProgramRoute() {
  const platform = usePlatform();
  const progress = useAppState((s) => s.progress);
  const lang = useAppState((s) => s.settings.lang);
  return <ProgramPage catalog={catalog} progress={progress} lang={lang} onOpenNational={() => void platform.openExternal(catalog.program.nationalPlatformUrl)} />;
}

// Only the program is needed to start; lessons and settings load when first opened.
const LessonRoute = lazy(() => import('./routes/lesson-route').then((m) => ({ default: m.LessonRoute })));
const SettingsPage = lazy(() => import('./features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));

function SettingsRoute() {
  const settings = useAppState((s) => s.settings);
  const setLang = useAppState((s) => s.setLang);
  const setTextSize = useAppState((s) => s.setTextSize);
  const setHighContrast = useAppState((s) => s.setHighContrast);
  return <SettingsPage settings={settings} onLang={setLang} onTextSize={setTextSize} onContrast={setHighContrast} />;
}

/** A reopened app (Zalo's OpenApp event) goes to the path of the link it was opened with. */
function ReopenListener() {
  const platform = usePlatform();
  const navigate = useNavigate();
  useEffect(() => platform.onReopen((path) => navigate(path.startsWith('/') ? path : `/${path}`)), [platform, navigate]);
  return null;
}

export function AppShell() {
  const settings = useAppState((s) => s.settings);
  return (
    <App>
      <DisplaySettings settings={settings} />
      <SnackbarProvider>
        <ZMPRouter>
          <ReopenListener />
          <Suspense fallback={null}>
          <AnimationRoutes>
            <Route path="/" element={<ProgramRoute />} />
            <Route path="/lesson/:id" element={<LessonRoute />} />
            <Route path="/settings" element={<SettingsRoute />} />
            <Route path="*" element={<NotFoundPage />} />
          </AnimationRoutes>
          </Suspense>
        </ZMPRouter>
      </SnackbarProvider>
    </App>
  );
}
