import { useTranslation } from 'react-i18next';
import { useNavigate } from 'zmp-ui';
import { useStaffApi } from '../api/use-staff-api';
import { PageFrame } from '../components/page-frame';
import { useNotice } from '../components/use-notice';
import { SurveyPage } from '../features/survey/survey-page';

/** /household/survey: a resident answers the household's digital-skills survey. */
export function SurveyRoute() {
  const { t } = useTranslation('survey');
  const navigate = useNavigate();
  const notice = useNotice();
  const staff = useStaffApi();
  const back = () => navigate('/household', { replace: true, direction: 'backward' });
  return (
    <PageFrame title={t('header')} ns={['survey']} onBack={back}>
      <div className="hvs-narrow">
        <SurveyPage
          load={staff.mySurvey}
          save={staff.saveMySurvey}
          onSaved={() => {
            notice(t('thanks'));
            back();
          }}
        />
      </div>
    </PageFrame>
  );
}
