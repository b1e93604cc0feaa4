import type { AssistedBody, AssistedResult, SurveyBody, SurveySaved } from '../../../core/api/staff-schemas';
import { applyTeamResult, nextTeamBatch, type TeamItem, type TeamSendResult } from '../../../core/sync/team-outbox';
import type { ApiFailure, ApiResult } from '../../api/http';
import type { AppStore } from '../../store/app-store';

/** The two staff calls the team's queue needs (the staff client's own, so the paths live in one place). */
export type TeamApi = {
  teamSurvey(householdId: string, body: SurveyBody): Promise<ApiResult<SurveySaved>>;
  assisted(householdId: string, body: AssistedBody): Promise<ApiResult<AssistedResult>>;
};

export type TeamOutcome = 'idle' | 'retry';

/** Failures that say nothing about the item: no signal, a busy service, or nobody signed in on this phone yet. */
const wait = (e: ApiFailure): TeamOutcome | undefined => {
  if (e.code === 'network' || e.status >= 500 || e.status === 429) return 'retry';
  // No session (status 0) or one refused: the items wait for the next sign-in, which kicks the runner again.
  if (e.status === 0 || e.status === 401) return 'idle';
  return undefined;
};

async function send(team: TeamApi, item: TeamItem): Promise<ApiResult<TeamSendResult>> {
  if (item.kind === 'assisted') {
    const r = await team.assisted(item.householdId, item.body);
    return r.ok ? { ok: true, value: { status: 'sent' } } : r;
  }
  const r = await team.teamSurvey(item.householdId, { ...item.answers, filledAt: item.filledAt });
  return r.ok ? { ok: true, value: { status: r.value.status === 'stale' ? 'stale' : 'sent' } } : r;
}

/**
 * Sends the team's queued work one item at a time, oldest first. The service is idempotent on each (the assisted
 * result's id; the survey's filledAt), so an item sent again after a lost answer is recorded once. An item the
 * service refuses for what it is (a household out of the team's area, a malformed body) leaves with a note.
 */
export async function sendTeamItems(team: TeamApi, store: AppStore, now: () => Date): Promise<TeamOutcome> {
  for (;;) {
    const [item] = nextTeamBatch(store.getState().outbox, 1);
    if (!item) return 'idle';
    const r = await send(team, item);
    if (!r.ok) {
      const outcome = wait(r.error);
      if (outcome) return outcome;
    }
    const result: TeamSendResult = r.ok
      ? r.value
      : { status: 'rejected', code: r.error.code, message: r.error.message };
    store.getState().updateOutbox((o) => applyTeamResult(o, item.id, result, now()), result.status !== 'rejected');
  }
}
