import { Suspense, useEffect } from 'react';
import { lazyNamed } from '../components/lazy-named';
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../features/lessons/not-found';

// Staff screens are for a few hundred people, residents never open them: each loads when first opened.
const StaffHomeRoute = lazyNamed(() => import('./staff/staff-home-route'), 'StaffHomeRoute');
const AcceptRoute = lazyNamed(() => import('./staff/accept-route'), 'AcceptRoute');
const SignInRoute = lazyNamed(() => import('./staff/sign-in-route'), 'SignInRoute');
const InviteRoute = lazyNamed(() => import('./staff/invite-route'), 'InviteRoute');
const HouseholdsRoute = lazyNamed(() => import('./staff/households-route'), 'HouseholdsRoute');
const HouseholdDetailRoute = lazyNamed(() => import('./staff/household-detail-route'), 'HouseholdDetailRoute');
const TeamSurveyRoute = lazyNamed(() => import('./staff/team-survey-route'), 'TeamSurveyRoute');
const CoverageRoute = lazyNamed(() => import('./staff/coverage-route'), 'CoverageRoute');
const UnansweredRoute = lazyNamed(() => import('./staff/unanswered-route'), 'UnansweredRoute');
const RosterRoute = lazyNamed(() => import('./staff/roster-route'), 'RosterRoute');
const SchoolRoute = lazyNamed(() => import('./staff/school-route'), 'SchoolRoute');
const ReportRoute = lazyNamed(() => import('./staff/report-route'), 'ReportRoute');
const ReportPrintRoute = lazyNamed(() => import('./staff/report-print-route'), 'ReportPrintRoute');
const TrainingPlanRoute = lazyNamed(() => import('./staff/training-plan-route'), 'TrainingPlanRoute');
const CityRoute = lazyNamed(() => import('./staff/city-route'), 'CityRoute');

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
