import { useTranslation } from 'react-i18next';
import { useStaffApi } from '../../api/use-staff-api';
import { PageFrame } from '../../components/page-frame';
import { PrintSummary } from '../../features/reports/print-summary';
import { StaffGate } from '../../features/staff/staff-gate';
import { useUp } from './use-staff-nav';

/** /staff/report/print: the one-page summary, to print or save as PDF from the browser. */
export function ReportPrintRoute() {
  const { t } = useTranslation('staff');
  const up = useUp();
  const staff = useStaffApi();
  return (
    <PageFrame title={t('report.printHeader')} onBack={() => up('/staff/report')}>
      <StaffGate roles={['team', 'ward_admin']}>
        {() => <PrintSummary load={staff.wardReport} onPrint={() => window.print()} />}
      </StaffGate>
    </PageFrame>
  );
}
