import { useTranslation } from 'react-i18next';
import { useStaffApi } from '../../api/use-staff-api';
import { PrintSummary } from '../../features/reports/print-summary';
import { StaffScreen } from './staff-screen';

/** /staff/report/print: the one-page summary, to print or save as PDF from the browser. */
export function ReportPrintRoute() {
  const { t } = useTranslation('staff');
  const staff = useStaffApi();
  return (
    <StaffScreen title={t('report.printHeader')} up="/staff/report" roles={['team', 'ward_admin']}>
      {() => <PrintSummary load={staff.wardReport} onPrint={() => window.print()} />}
    </StaffScreen>
  );
}
