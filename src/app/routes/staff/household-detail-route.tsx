import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'zmp-ui';
import { useStaffApi } from '../../api/use-staff-api';
import { PageFrame } from '../../components/page-frame';
import { useNotice } from '../../components/use-notice';
import { StaffGate } from '../../features/staff/staff-gate';
import { SurveySummary } from '../../features/survey/survey-summary';
import { HouseholdDetailPage } from '../../features/team/household-detail-page';
import { randomId } from '../../store/random-id';
import { listPath } from './list-search';
import { useLessonOptions, useUp } from './use-staff-nav';

/** /staff/households/:id: one household, with assisted results and the survey. */
export function HouseholdDetailRoute() {
  const { t } = useTranslation('staff');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const up = useUp();
  const notice = useNotice();
  const staff = useStaffApi();
  const { all } = useLessonOptions();
  const load = useCallback(() => staff.household(id), [staff, id]);
  const record = useCallback((body: Parameters<typeof staff.assisted>[1]) => staff.assisted(id, body), [staff, id]);
  return (
    <PageFrame title={t('detail.header')} ns={['staff', 'survey']} onBack={() => up(listPath())}>
      <StaffGate roles={['team', 'ward_admin']}>
        {() => (
          <HouseholdDetailPage
            load={load}
            lessons={all}
            newId={randomId}
            record={record}
            renderSurvey={(survey) => <SurveySummary survey={survey} />}
            onSurvey={() => navigate(`/staff/households/${id}/survey`)}
            onRecorded={(title) => notice(t('assisted.recorded', { lesson: title }))}
          />
        )}
      </StaffGate>
    </PageFrame>
  );
}
