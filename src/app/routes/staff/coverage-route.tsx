import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RangeQuery } from '../../api/staff-api';
import { useStaffApi } from '../../api/use-staff-api';
import { useNotice } from '../../components/use-notice';
import { StaffScreen } from './staff-screen';
import { CoveragePage } from '../../features/team/coverage-page';
import { usePlatform } from '../../store/store-context';
import { useLessonOptions } from './use-staff-nav';

/** /staff/coverage: charts and the ward report. */
export function CoverageRoute() {
  const { t } = useTranslation('staff');
  const notice = useNotice();
  const platform = usePlatform();
  const staff = useStaffApi();
  const { required } = useLessonOptions();
  const exportFile = useCallback(
    async (kind: 'xlsx' | 'csv', q: RangeQuery) => {
      // Zalo has no downloads: say so before fetching a report the phone cannot keep.
      if (platform.kind === 'zalo') return 'desktop_only';
      const r = await staff.exportFile(kind, q);
      if (!r.ok) return r.error.code;
      await platform.saveFile(r.value.fileName, r.value.blob);
      notice(t('export.saved', { file: r.value.fileName }));
      return undefined;
    },
    [platform, staff, notice, t],
  );
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
