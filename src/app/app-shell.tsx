import { Suspense, useEffect, useState } from 'react';
import { lazyNamed } from './components/lazy-named';
import { App, AnimationRoutes, Route, ZMPRouter, useLocation, useNavigate } from 'zmp-ui';
import { DisplaySettings } from './components/display-settings';
import { SyncBadge } from './components/sync-badge';
import { NoticeProvider } from './components/use-notice';
import { catalog } from './content/lessons';
import { ProgramPage } from './features/lessons/program-page';
import { NotFoundPage } from './features/lessons/not-found';
import { useAppState, usePlatform } from './store/store-context';

function ProgramRoute() {
  const platform = usePlatform();
  const progress = useAppState((s) => s.progress);
  const lang = useAppState((s) => s.settings.lang);
  const householdCode = useAppState((s) => s.account.household?.code);
  return (
    <ProgramPage
      catalog={catalog}
      progress={progress}
      lang={lang}
      householdCode={householdCode}
      syncStatus={<SyncBadge />}
      onOpenNational={() => void platform.openExternal(catalog.program.nationalPlatformUrl)}
    />
  );
}

// Only the program is needed to start; every other screen loads when first opened.
const LessonRoute = lazyNamed(() => import('./routes/lesson-route'), 'LessonRoute');
const SettingsPage = lazyNamed(() => import('./features/settings/settings-page'), 'SettingsPage');
const HouseholdRoute = lazyNamed(() => import('./routes/household-route'), 'HouseholdRoute');
const MyDataRoute = lazyNamed(() => import('./routes/my-data-route'), 'MyDataRoute');
const ConsentRoute = lazyNamed(() => import('./routes/consent-route'), 'ConsentRoute');
const ChatRoute = lazyNamed(() => import('./routes/chat-route'), 'ChatRoute');
// "Thật hay lừa?" and its items: one chunk, downloaded when the practice is first opened.
const PracticeRoute = lazyNamed(() => import('./routes/practice-route'), 'PracticeRoute');
const PracticeChallengeRoute = lazyNamed(() => import('./routes/practice-challenge-route'), 'PracticeChallengeRoute');
const SurveyRoute = lazyNamed(() => import('./routes/survey-route'), 'SurveyRoute');
// Every staff screen (tổ công nghệ số, ward office, schools) sits behind this one entry.
const StaffRoutes = lazyNamed(() => import('./routes/staff-routes'), 'StaffRoutes');
// Sends a school link's counts left waiting by an earlier session; downloaded only when some wait (see school-events).
const SchoolAgent = lazyNamed(() => import('./features/school/school-agent'), 'SchoolAgent');
// The sync loop and the API calls it needs are only downloaded once the resident has agreed to send anything, or the
// team has work waiting on the phone.
const SyncAgent = lazyNamed(() => import('./features/sync/sync-agent'), 'SyncAgent');

function SettingsRoute() {
  const navigate = useNavigate();
  const settings = useAppState((s) => s.settings);
  const setLang = useAppState((s) => s.setLang);
  const setTextSize = useAppState((s) => s.setTextSize);
  const setHighContrast = useAppState((s) => s.setHighContrast);
  return (
    <SettingsPage
      settings={settings}
      onLang={setLang}
      onTextSize={setTextSize}
      onContrast={setHighContrast}
      onOpenMyData={() => navigate('/my-data')}
      onOpenStaff={() => navigate('/staff')}
    />
  );
}

/** A reopened app (Zalo's OpenApp event) goes to the path of the link it was opened with. */
function ReopenListener() {
  const platform = usePlatform();
  const navigate = useNavigate();
  useEffect(
    () => platform.onReopen((path) => navigate(path.startsWith('/') ? path : `/${path}`)),
    [platform, navigate],
  );
  return null;
}

/**
 * Lessons need no personal data, so nothing stands before them: the data notice is asked where something would be
 * sent (the household screen, a synced result). The one exception is a school's lesson link (?src=…), which counts an
 * open for the school the moment it opens, so it asks first; the link's own screen follows (the URL never changes).
 * A school's practice link (/practice?src=…) is the same case.
 */
function Screens() {
  const decision = useAppState((s) => s.consent.decision);
  const { pathname, search } = useLocation();
  const fromSchool = new URLSearchParams(search).has('src');
  const schoolLink = fromSchool && (pathname.startsWith('/lesson/') || pathname === '/practice');
  // Inside the router's pages like any screen, so it scrolls (and keeps its bottom bar) the way they do.
  if (decision === 'unasked' && schoolLink) {
    return (
      <AnimationRoutes>
        <Route
          path="*"
          element={<ConsentRoute reason={pathname === '/practice' ? 'schoolPractice' : 'school'} inPlace />}
        />
      </AnimationRoutes>
    );
  }
  return (
    <AnimationRoutes>
      <Route path="/" element={<ProgramRoute />} />
      <Route path="/lesson/:id" element={<LessonRoute />} />
      <Route path="/settings" element={<SettingsRoute />} />
      <Route path="/household" element={<HouseholdRoute />} />
      <Route path="/household/join" element={<HouseholdRoute />} />
      <Route path="/household/survey" element={<SurveyRoute />} />
      <Route path="/my-data" element={<MyDataRoute />} />
      <Route path="/consent" element={<ConsentRoute />} />
      <Route path="/chat" element={<ChatRoute />} />
      <Route path="/practice" element={<PracticeRoute />} />
      <Route path="/practice/challenge/:id" element={<PracticeChallengeRoute />} />
      <Route path="/staff/*" element={<StaffRoutes />} />
      <Route path="*" element={<NotFoundPage />} />
    </AnimationRoutes>
  );
}

export function AppShell() {
  const settings = useAppState((s) => s.settings);
  const syncing = useAppState((s) => s.consent.decision === 'given' || s.outbox.team.length > 0);
  const platform = usePlatform();
  const [schoolQueued] = useState(() => Boolean(platform.storage.getItem('hvs-school-queue')));
  return (
    <App>
      <DisplaySettings settings={settings} />
      <NoticeProvider>
        <ZMPRouter>
          <ReopenListener />
          <Suspense fallback={null}>
            <Screens />
          </Suspense>
          {syncing && (
            <Suspense fallback={null}>
              <SyncAgent />
            </Suspense>
          )}
          {schoolQueued && (
            <Suspense fallback={null}>
              <SchoolAgent />
            </Suspense>
          )}
        </ZMPRouter>
      </NoticeProvider>
    </App>
  );
}
