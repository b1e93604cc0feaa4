import { useTranslation } from 'react-i18next';
import type { TargetProgress } from '../../../core/reports/targets';

/** A sign as well as a colour, so the status reads without colour (and in black-and-white print). */
const SIGN: Record<TargetProgress['status'], string> = { reached: '✓', on_track: '→', late: '!', stalled: '■' };

/** Đạt / kịp kế hoạch / chậm / chưa có tiến độ. `t` lets the printed summary say it in Vietnamese whatever the app's language. */
export function StatusChip({ status, t }: { status: TargetProgress['status']; t?: (key: string) => string }) {
  const { t: own } = useTranslation('staff');
  const say = t ?? own;
  return (
    <span className={`hvs-status is-${status}`} data-status={status}>
      <span aria-hidden>{SIGN[status]}</span> {say(`report.status.${status}`)}
    </span>
  );
}
