import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'zmp-ui';
import { useStaffApi } from '../../api/use-staff-api';
import { useNotice } from '../../components/use-notice';
import { ReportPage } from '../../features/reports/report-page';
import { StaffScreen } from './staff-screen';
import { useAppState, usePlatform } from '../../store/store-context';
import { catalog } from './use-staff-nav';

/** /staff/report: the ward's report (a team sees its own tổ dân phố). */
export function ReportRoute() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const notice = useNotice();
  const platform = usePlatform();
  const staff = useStaffApi();
  const lang = useAppState((s) => s.settings.lang);
  const trackTitle = useCallback(
    (id: string) => catalog.program.tracks.find((tr) => tr.id === id)?.title[lang] ?? id,
    [lang],
  );
  const download = useCallback(async () => {
    // Zalo has no downloads: say so before fetching a workbook the phone cannot keep.
    if (platform.kind === 'zalo') return 'desktop_only';
    const r = await staff.annualReport();
    if (!r.ok) return r.error.code;
    await platform.saveFile(r.value.fileName, r.value.blob);
    notice(t('export.saved', { file: r.value.fileName }));
    return undefined;
  }, [platform, staff, notice, t]);
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
          onDownload={download}
          onPrint={() => navigate('/staff/report/print')}
        />
      )}
    </StaffScreen>
  );
}
