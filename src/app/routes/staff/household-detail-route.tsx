import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'zmp-ui';
import type { AssistedBody, SurveyView } from '../../../core/api/staff-schemas';
import { newerQueuedSurvey } from '../../../core/sync/team-outbox';
import { useStaffApi } from '../../api/use-staff-api';
import { useNotice } from '../../components/use-notice';
import { StaffScreen } from './staff-screen';
import { SurveySummary } from '../../features/survey/survey-summary';
import { HouseholdDetailPage } from '../../features/team/household-detail-page';
import { TeamWaitingPanel } from '../../features/team/team-waiting-panel';
import { useTeamSave } from '../../features/team/use-team-save';
import { randomId } from '../../store/random-id';
import { useAppState } from '../../store/store-context';
import { listPath } from './list-search';
import { useLessonOptions } from './use-staff-nav';

/** /staff/households/:id: one household, with assisted results and the survey. */
export function HouseholdDetailRoute() {
  const { t } = useTranslation('staff');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notice = useNotice();
  const staff = useStaffApi();
  const save = useTeamSave();
  const { all } = useLessonOptions();
  const outbox = useAppState((s) => s.outbox);
  // Read again when queued work reaches the service, so a survey sent from the outbox shows as the service's.
  const syncedAt = useAppState((s) => s.syncedAt);
  const load = useCallback(() => (void syncedAt, staff.household(id)), [staff, id, syncedAt]);
  const renderSurvey = (survey: SurveyView | null) => {
    const waiting = newerQueuedSurvey(outbox, id, survey);
    if (!waiting) return <SurveySummary survey={survey} />;
    return (
      <div data-testid="queued-survey">
        <p className="hvs-body">
          <span className="hvs-badge is-pending">{t('waiting.notSent')}</span> {t('waiting.queuedSurvey')}
        </p>
        <SurveySummary survey={{ answers: waiting.answers, filledBy: 'team', updatedAt: waiting.filledAt }} />
      </div>
    );
  };
  return (
    <StaffScreen title={t('detail.header')} up={listPath()} roles={['team', 'ward_admin']} ns={['staff', 'survey']}>
      {() => (
        <HouseholdDetailPage
          load={load}
          lessons={all}
          newId={randomId}
          record={(body: AssistedBody, household: string) => save.assisted(id, household, body)}
          renderSurvey={renderSurvey}
          onSurvey={() => navigate(`/staff/households/${id}/survey`)}
          onRecorded={(title, queued) =>
            notice(queued ? t('waiting.savedOnPhone') : t('assisted.recorded', { lesson: title }))
          }
          waiting={<TeamWaitingPanel />}
        />
      )}
    </StaffScreen>
  );
}
