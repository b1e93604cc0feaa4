import type { AreaView, CompletionBody, MeView, PracticeRoundBody, ProgressView } from '../../core/api/schemas';
import type { BatchItemResult } from '../../core/sync/outbox';
import type { Platform } from '../../platform';
import { CONSENT_VERSION } from '../store/account';
import type { AppStore } from '../store/app-store';
import type { ApiResult, Http } from './http';
import { createSession } from './session';

export type DeleteResult = { deleted: boolean; householdDeleted: boolean; completions: number };

/** The resident's API, typed from the service's contract. Calls that learn the household keep the store's copy current. */
export function createApi(http: Http, store: AppStore, platform: Platform) {
  const session = createSession(http, store, platform);
  const { call, withConsent } = session;

  /** Household answers say whether the resident still has one (a head may have removed them). */
  async function household(r: Promise<ApiResult<ProgressView>>): Promise<ApiResult<ProgressView>> {
    const res = await r;
    if (res.ok) store.getState().setHousehold(res.value.household);
    else if (res.error.code === 'household_not_found' && res.error.status === 404 && !res.error.field)
      store.getState().setHousehold(null);
    return res;
  }

  return {
    ...session,
    /** The bare transport, for calls made without a session (the anonymous chat, in its own chunk). */
    http,
    areas: () => http<{ wards: AreaView[] }>('GET', '/api/areas'),
    async me() {
      const r = await call<MeView>('GET', '/api/me');
      if (r.ok) store.getState().setHousehold(r.value.household);
      return r;
    },
    setConsent: (given: boolean) => call<MeView>('POST', '/api/me/consent', { version: CONSENT_VERSION, given }),
    createHousehold: (areaId: string, label?: string) =>
      household(withConsent<ProgressView>('POST', '/api/households', { areaId, ...(label ? { label } : {}) })),
    joinHousehold: (code: string) => household(withConsent<ProgressView>('POST', '/api/households/join', { code })),
    myHousehold: () => household(call<ProgressView>('GET', '/api/households/mine')),
    removeMember: (memberId: string) =>
      household(call<ProgressView>('DELETE', `/api/households/mine/members/${encodeURIComponent(memberId)}`)),
    sendBatch: (items: CompletionBody[]) =>
      withConsent<{ results: BatchItemResult[] }>('POST', '/api/completions/batch', { items }),
    sendRound: (round: PracticeRoundBody) =>
      withConsent<{ id: string; status: 'recorded' | 'duplicate' }>('POST', '/api/practice-rounds', round),
    exportMine: () => call<unknown>('GET', '/api/me/export'),
    deleteMine: () => call<DeleteResult>('DELETE', '/api/me'),
  };
}

export type Api = ReturnType<typeof createApi>;
