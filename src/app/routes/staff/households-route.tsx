import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'zmp-ui';
import { useStaffApi } from '../../api/use-staff-api';
import { PageFrame } from '../../components/page-frame';
import { StaffGate } from '../../features/staff/staff-gate';
import { HouseholdsPage } from '../../features/team/households-page';
import { TeamWaitingPanel } from '../../features/team/team-waiting-panel';
import { criteriaFromQuery, queryOfCriteria, rememberListQuery } from './list-search';
import { useLessonOptions, usePrintNotice, useUp } from './use-staff-nav';

/** /staff/households: the team's list. */
export function HouseholdsRoute() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const up = useUp();
  const staff = useStaffApi();
  const { required } = useLessonOptions();
  const print = usePrintNotice();
  const [params] = useSearchParams();
  const [initial] = useState(() => criteriaFromQuery(params));
  return (
    <PageFrame title={t('households.header')} onBack={() => up('/staff')}>
      <h1 className="hvs-h1">
        <span aria-hidden>🏠</span> {t('households.heading')}
      </h1>
      <StaffGate roles={['team', 'ward_admin']}>
        {(me) => (
          <>
            <TeamWaitingPanel />
            <HouseholdsPage
              me={me}
              required={required}
              load={staff.households}
              create={staff.createHouseholds}
              onPrint={(q) =>
                void print(
                  async () => {
                    const r = await staff.joinCards(q);
                    return r.ok ? r.value.blob : r.error.code;
                  },
                  async () => {
                    const r = await staff.joinCardsLink(q);
                    return r.ok ? r.value.url : undefined;
                  },
                )
              }
              onOpen={(id) => navigate(`/staff/households/${id}`)}
              initial={initial}
              onCriteria={(c) => {
                const q = queryOfCriteria(c);
                rememberListQuery(q);
                // The address bar only, not a navigation: the router would remount the page (and its search box) on
                // every letter, and "back" would step through each one.
                if (window.location.search !== q)
                  window.history.replaceState(window.history.state, '', `${window.location.pathname}${q}`);
              }}
            />
          </>
        )}
      </StaffGate>
    </PageFrame>
  );
}
