import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'zmp-ui';
import { useStaffApi } from '../../api/use-staff-api';
import { ReportPage } from '../../features/reports/report-page';
import { StaffScreen } from './staff-screen';
import { useAppState } from '../../store/store-context';
import { catalog, useDownload } from './use-staff-nav';

/** /staff/report: the ward's report (a team sees its own tổ dân phố). */
export function ReportRoute() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const staff = useStaffApi();
  const download = useDownload();
  const lang = useAppState((s) => s.settings.lang);
  const trackTitle = useCallback(
    (id: string) => catalog.program.tracks.find((tr) => tr.id === id)?.title[lang] ?? id,
    [lang],
  );
  return (
    <StaffScreen
      title={t('report.header')}
      heading={{ icon: '📈', text: t('report.heading') }}
      roles={['team', 'ward_admin']}
    >
      {() => (
        <ReportPage
          load={staff.wardReport}
          trackTitle={trackTitle}
          onDownload={() => download(staff.annualReport)}
          onPrint={() => navigate('/staff/report/print')}
        />
      )}
    </StaffScreen>
  );
}
