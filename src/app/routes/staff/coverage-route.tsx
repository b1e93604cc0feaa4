import { useTranslation } from 'react-i18next';
import type { RangeQuery } from '../../api/staff-api';
import { useStaffApi } from '../../api/use-staff-api';
import { StaffScreen } from './staff-screen';
import { CoveragePage } from '../../features/team/coverage-page';
import { useDownload, useLessonOptions } from './use-staff-nav';

/** /staff/coverage: charts and the ward report. */
export function CoverageRoute() {
  const { t } = useTranslation('staff');
  const staff = useStaffApi();
  const download = useDownload();
  const { required } = useLessonOptions();
  const exportFile = (kind: 'xlsx' | 'csv', q: RangeQuery) => download(() => staff.exportFile(kind, q));
  return (
    <StaffScreen
      title={t('coverage.header')}
      heading={{ icon: '📊', text: t('coverage.heading') }}
      roles={['team', 'ward_admin']}
    >
      {(me) => <CoveragePage me={me} required={required} load={staff.coverage} onExport={exportFile} />}
    </StaffScreen>
  );
}
