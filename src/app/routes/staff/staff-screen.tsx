import type { ReactNode } from 'react';
import type { StaffMeRole, StaffMeView } from '../../../core/api/staff-schemas';
import { PageFrame } from '../../components/page-frame';
import { StaffGate } from '../../features/staff/staff-gate';
import { useUp } from './use-staff-nav';

type Props = {
  /** The header bar's title. */
  title: string;
  /** The page's h1 with its icon; left out where the screen writes its own (a household's name, the print page). */
  heading?: { icon: string; text: string };
  /** Where Back goes up to. */
  up?: string;
  roles?: StaffMeRole[];
  ns?: string[];
  children: (me: StaffMeView) => ReactNode;
};

/** The frame every staff screen shares: header, Back up a level, the heading, and the role gate around the rest. */
export function StaffScreen({ title, heading, up = '/staff', roles, ns, children }: Props) {
  const goUp = useUp();
  return (
    <PageFrame title={title} ns={ns} onBack={() => goUp(up)}>
      {heading && (
        <h1 className="hvs-h1">
          <span aria-hidden>{heading.icon}</span> {heading.text}
        </h1>
      )}
      <StaffGate roles={roles}>{children}</StaffGate>
    </PageFrame>
  );
}
