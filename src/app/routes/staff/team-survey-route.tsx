import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'zmp-ui';
import type { StaffHouseholdDetail } from '../../../core/api/staff-schemas';
import { formatJoinCode } from '../../../core/household/join-code';
import { useStaffApi } from '../../api/use-staff-api';
import { ErrorNote } from '../../components/error-note';
import { useNotice } from '../../components/use-notice';
import { SurveyForm } from '../../features/survey/survey-form';
import { useTeamSave } from '../../features/team/use-team-save';
import { useAppState } from '../../store/store-context';
import { newerQueuedSurvey } from '../../../core/sync/team-outbox';
import { StaffScreen } from './staff-screen';
import { useUp } from './use-staff-nav';
import { Busy } from '../../components/load-state';

/** /staff/households/:id/survey: the team fills the household's survey on a visit. */
export function TeamSurveyRoute() {
  const { t } = useTranslation('survey');
  const { id = '' } = useParams();
  const up = useUp();
  const notice = useNotice();
  const staff = useStaffApi();
  const save = useTeamSave();
  const outbox = useAppState((s) => s.outbox);
  const detailPath = `/staff/households/${id}`;
  const back = useCallback(() => up(detailPath), [up, detailPath]);
  const [detail, setDetail] = useState<StaffHouseholdDetail | { code: string } | undefined>();
  useEffect(() => {
    let live = true;
    void staff.household(id).then((r) => live && setDetail(r.ok ? r.value : { code: r.error.code }));
    return () => {
      live = false;
    };
  }, [staff, id]);

  return (
    <StaffScreen title={t('header')} up={detailPath} roles={['team', 'ward_admin']} ns={['survey', 'staff']}>
      {() =>
        !detail ? (
          <Busy />
        ) : 'code' in detail ? (
          <ErrorNote code={detail.code} />
        ) : (
          <div className="hvs-narrow">
            <h1 className="hvs-h1">
              <span aria-hidden>📝</span>{' '}
              {t('teamHeading', { household: detail.household.label ?? formatJoinCode(detail.household.code) })}
            </h1>
            <p className="hvs-muted">{t('teamIntro')}</p>
            <SurveyForm
              // The answers on this phone, when they are newer than the service's.
              initial={newerQueuedSurvey(outbox, id, detail.survey)?.answers ?? detail.survey?.answers}
              submitLabel={t('save')}
              onSubmit={async (answers) => {
                const r = await save.survey(
                  id,
                  detail.household.label ?? formatJoinCode(detail.household.code),
                  answers,
                );
                if (!r.ok) return r.error.code;
                notice(r.value.status === 'queued' ? t('staff:waiting.savedOnPhone') : t('saved'));
                back();
                return undefined;
              }}
            />
          </div>
        )
      }
    </StaffScreen>
  );
}
