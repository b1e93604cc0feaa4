import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'zmp-ui';
import { useStaffApi } from '../../api/use-staff-api';
import { StaffScreen } from './staff-screen';
import { HouseholdsPage } from '../../features/team/households-page';
import { TeamWaitingPanel } from '../../features/team/team-waiting-panel';
import { criteriaFromQuery, queryOfCriteria, rememberListQuery } from './list-search';
import { useLessonOptions, usePrintNotice } from './use-staff-nav';

/** /staff/households: the team's list. */
export function HouseholdsRoute() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const staff = useStaffApi();
  const { required } = useLessonOptions();
  const print = usePrintNotice();
  const [params] = useSearchParams();
  const [initial] = useState(() => criteriaFromQuery(params));
  return (
    <StaffScreen
      title={t('households.header')}
      heading={{ icon: '🏠', text: t('households.heading') }}
      roles={['team', 'ward_admin']}
    >
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
    </StaffScreen>
  );
}
