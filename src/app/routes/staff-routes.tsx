import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../features/lessons/not-found';

// Staff screens are for a few hundred people, residents never open them: each loads when first opened.
const StaffHomeRoute = lazy(() => import('./staff/staff-home-route').then((m) => ({ default: m.StaffHomeRoute })));
const AcceptRoute = lazy(() => import('./staff/accept-route').then((m) => ({ default: m.AcceptRoute })));
const SignInRoute = lazy(() => import('./staff/sign-in-route').then((m) => ({ default: m.SignInRoute })));
const InviteRoute = lazy(() => import('./staff/invite-route').then((m) => ({ default: m.InviteRoute })));
const HouseholdsRoute = lazy(() => import('./staff/households-route').then((m) => ({ default: m.HouseholdsRoute })));
const HouseholdDetailRoute = lazy(() =>
  import('./staff/household-detail-route').then((m) => ({ default: m.HouseholdDetailRoute })),
);
const TeamSurveyRoute = lazy(() => import('./staff/team-survey-route').then((m) => ({ default: m.TeamSurveyRoute })));
const CoverageRoute = lazy(() => import('./staff/coverage-route').then((m) => ({ default: m.CoverageRoute })));
const UnansweredRoute = lazy(() => import('./staff/unanswered-route').then((m) => ({ default: m.UnansweredRoute })));
const RosterRoute = lazy(() => import('./staff/roster-route').then((m) => ({ default: m.RosterRoute })));
const SchoolRoute = lazy(() => import('./staff/school-route').then((m) => ({ default: m.SchoolRoute })));
const ReportRoute = lazy(() => import('./staff/report-route').then((m) => ({ default: m.ReportRoute })));
const ReportPrintRoute = lazy(() =>
  import('./staff/report-print-route').then((m) => ({ default: m.ReportPrintRoute })),
);
const TrainingPlanRoute = lazy(() =>
  import('./staff/training-plan-route').then((m) => ({ default: m.TrainingPlanRoute })),
);
const CityRoute = lazy(() => import('./staff/city-route').then((m) => ({ default: m.CityRoute })));

/** /staff/*: the screens of community tech teams, ward staff and schools. The service checks every request. */
export function StaffRoutes() {
  // The sync loop starts when the team's first survey is queued, often with no signal: its code must be here already.
  useEffect(() => void import('../features/sync/sync-agent').catch(() => undefined), []);
  return (
    <Suspense fallback={null}>
      <Routes>
        <Route index element={<StaffHomeRoute />} />
        <Route path="accept" element={<AcceptRoute />} />
        <Route path="sign-in" element={<SignInRoute />} />
        <Route path="invite" element={<InviteRoute />} />
        <Route path="households" element={<HouseholdsRoute />} />
        <Route path="households/:id" element={<HouseholdDetailRoute />} />
        <Route path="households/:id/survey" element={<TeamSurveyRoute />} />
        <Route path="coverage" element={<CoverageRoute />} />
        <Route path="unanswered" element={<UnansweredRoute />} />
        <Route path="roster" element={<RosterRoute />} />
        <Route path="school" element={<SchoolRoute />} />
        <Route path="report" element={<ReportRoute />} />
        <Route path="report/print" element={<ReportPrintRoute />} />
        <Route path="training-plan" element={<TrainingPlanRoute />} />
        <Route path="city" element={<CityRoute />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
