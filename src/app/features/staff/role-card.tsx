import { useTranslation } from 'react-i18next';
import type { StaffMeRole, StaffMeView } from '../../../core/api/staff-schemas';

const ICON: Record<StaffMeRole, string> = { school: '🏫', team: '🤝', ward_admin: '🏛️', city: '🏙️' };

/** Who the app thinks this person is: role, ward, and the tổ dân phố or school it covers (the city: all of it). */
export function RoleCard({ me }: { me: StaffMeView }) {
  const { t } = useTranslation('staff');
  const scope =
    me.role === 'city'
      ? t('role.wholeCity')
      : me.role === 'school'
        ? (me.schoolName ?? '')
        : me.role === 'team'
          ? me.areas.map((a) => a.name).join(', ')
          : t('role.wholeWard', { count: me.areas.length });
  return (
    <div className="hvs-role-card" data-testid="staff-role" data-role={me.role}>
      <span className="hvs-role-icon" aria-hidden>
        {ICON[me.role]}
      </span>
      <span className="hvs-list-main">
        <strong>{t(`role.${me.role}`)}</strong>
        {me.wardName && me.role !== 'city' && <span>{me.wardName}</span>}
        {scope && <span className="hvs-muted">{scope}</span>}
      </span>
    </div>
  );
}
