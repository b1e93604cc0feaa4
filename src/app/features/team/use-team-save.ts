import { useMemo } from 'react';
import type { AssistedBody, AssistedResult } from '../../../core/api/staff-schemas';
import type { SurveyAnswers } from '../../../core/survey/survey';
import { dropQueuedSurvey, enqueueTeam, type TeamItem } from '../../../core/sync/team-outbox';
import { unreachable, type ApiResult } from '../../api/http';
import { useStaffApi } from '../../api/use-staff-api';
import { useAppStore } from '../../store/store-context';
import { randomId } from '../../store/random-id';

/** Kept on the phone for the sync runner to send when there is signal. */
export type Queued = { status: 'queued' };
const queued: ApiResult<Queued> = { ok: true, value: { status: 'queued' } };

/**
 * Saving on a visit: straight to the service when there is signal, as before; into the outbox when there is none
 * or the request is lost on the way. Either send is safe twice (the survey carries when it was filled, the assisted
 * result its own id), so a request that did arrive but whose answer was lost is not recorded again.
 */
export function useTeamSave() {
  const staff = useStaffApi();
  const store = useAppStore();
  return useMemo(() => {
    const queue = (item: TeamItem) => store.getState().updateOutbox((o) => enqueueTeam(o, item));
    return {
      async survey(
        householdId: string,
        household: string,
        answers: SurveyAnswers,
      ): Promise<ApiResult<{ status: 'sent' } | Queued>> {
        const item: TeamItem = {
          kind: 'survey',
          id: randomId(),
          householdId,
          household,
          answers,
          filledAt: new Date().toISOString(),
        };
        if (!navigator.onLine) return (queue(item), queued);
        const r = await staff.teamSurvey(householdId, { ...answers, filledAt: item.filledAt });
        if (r.ok) {
          store.getState().updateOutbox((o) => dropQueuedSurvey(o, householdId));
          return { ok: true, value: { status: 'sent' } };
        }
        return unreachable(r.error) ? (queue(item), queued) : r;
      },
      async assisted(
        householdId: string,
        household: string,
        body: AssistedBody,
      ): Promise<ApiResult<AssistedResult | Queued>> {
        const item: TeamItem = { kind: 'assisted', id: body.id, householdId, household, body };
        if (!navigator.onLine) return (queue(item), queued);
        const r = await staff.assisted(householdId, body);
        return !r.ok && unreachable(r.error) ? (queue(item), queued) : r;
      },
    };
  }, [staff, store]);
}
