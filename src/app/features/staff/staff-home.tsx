import { useTranslation } from 'react-i18next';
import type { StaffMeRole, StaffMeView } from '../../../core/api/staff-schemas';
import { RoleCard } from './role-card';
import { Chevron, TileText } from '../../components/tile-parts';

type Entry = { path: string; icon: string; key: string; roles: StaffMeRole[] };

/** The staff screens, in the order a tổ công nghệ số uses them; each shows only to roles the service lets in. */
const ENTRIES: Entry[] = [
  { path: '/staff/households', icon: '🏠', key: 'households', roles: ['team', 'ward_admin'] },
  { path: '/staff/report', icon: '📈', key: 'report', roles: ['team', 'ward_admin'] },
  { path: '/staff/training-plan', icon: '🗓️', key: 'trainingPlan', roles: ['team', 'ward_admin'] },
  { path: '/staff/coverage', icon: '📊', key: 'coverage', roles: ['team', 'ward_admin'] },
  { path: '/staff/unanswered', icon: '❓', key: 'unanswered', roles: ['team', 'ward_admin'] },
  { path: '/staff/invite', icon: '✉️', key: 'invite', roles: ['ward_admin'] },
  { path: '/staff/roster', icon: '👥', key: 'roster', roles: ['ward_admin'] },
  { path: '/staff/school', icon: '🏫', key: 'school', roles: ['school'] },
  { path: '/staff/city', icon: '🏙️', key: 'city', roles: ['city'] },
];

/** The staff start screen: who I am, and where I can go. */
export function StaffHome({ me, onOpen }: { me: StaffMeView; onOpen: (path: string) => void }) {
  const { t } = useTranslation('staff');
  return (
    <div>
      <RoleCard me={me} />
      <ul className="hvs-staff-menu">
        {ENTRIES.filter((e) => e.roles.includes(me.role)).map((e) => (
          <li key={e.path}>
            <button type="button" className="hvs-tile" onClick={() => onOpen(e.path)} data-staff-entry={e.key}>
              <TileText icon={e.icon} title={t(`home.${e.key}`)} meta={t(`home.${e.key}Hint`)} />
              <Chevron />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
