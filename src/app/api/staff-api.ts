import type { SessionView } from '../../core/api/schemas';
import type {
  AssistedBody,
  AssistedResult,
  CoverageView,
  CreateInviteBody,
  CreatedHousehold,
  InviteView,
  JoinCardsLinkView,
  LoginCodeView,
  SchoolLinkBody,
  SchoolLinkCreated,
  SchoolLinkView,
  StaffHouseholdDetail,
  StaffHouseholdPage,
  StaffMeView,
  StaffRosterView,
  SurveyBody,
  SurveyResult,
  SurveySaved,
  UnansweredGroupView,
} from '../../core/api/staff-schemas';
import type { CityOverviewView, TrainingPlanView, WardReportView } from '../../core/api/report-views';
import type { LearningNeed, SurveyFact } from '../../core/reports/report-keys';
import type { SurveyAnswers } from '../../core/survey/survey';
import type { AppStore } from '../store/app-store';
import { API_BASE } from './api-base';
import type { Api } from './api-client';
import type { ApiResult } from './http';

export type ListFilter = 'not_started' | 'in_progress' | 'completed' | 'needs_visit' | 'no_survey';
/** `lacks` and `wants` narrow the list to a training-plan item's households (the visit list behind it). */
export type ListQuery = {
  areaId?: string;
  filter?: ListFilter;
  lacks?: SurveyFact;
  wants?: LearningNeed;
  q?: string;
  page?: number;
  pageSize?: number;
};
export type RangeQuery = { from?: string; to?: string; areaId?: string };
export type FileResult = ApiResult<{ blob: Blob; fileName: string }>;

/** Households the team opened keep being readable when the signal drops; a few dozen at most, oldest forgotten. */
const SEEN_MAX = 60;

/**
 * GETs that answer from memory when the network is gone: a team member who looked at the day's households before
 * setting out can still open them (and survey them) in a stairwell. Memory only: household data is not written to
 * the phone's storage.
 */
function lastSeen(call: Api['call']) {
  const cache = new Map<string, unknown>();
  return async <T>(path: string): Promise<ApiResult<T>> => {
    const r = await call<T>('GET', path);
    if (r.ok) {
      cache.delete(path);
      cache.set(path, r.value);
      if (cache.size > SEEN_MAX) cache.delete(cache.keys().next().value as string);
      return r;
    }
    return r.error.code === 'network' && cache.has(path) ? { ok: true, value: cache.get(path) as T } : r;
  };
}

const query = (q: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};
const enc = encodeURIComponent;

/**
 * The staff side of the service (tổ công nghệ số, ward office, schools) and the household survey. Only staff
 * screens import this, so it downloads with them. Calls go through the resident's session: one account, one sign-in.
 */
export function createStaffApi(api: Api, store: AppStore) {
  const { call } = api;
  // The role rarely changes: asked once per session, so moving between staff screens does not ask again.
  let me: { token: string; value: Promise<ApiResult<StaffMeView>> } | undefined;
  const seen = lastSeen(call);

  /** Staff files come through the app's one transport: the same sign-in, timeouts and error codes as every call. */
  async function file(path: string, fallbackName: string): Promise<FileResult> {
    const r = await api.download(path);
    return r.ok ? { ok: true, value: { blob: r.value.blob, fileName: r.value.fileName ?? fallbackName } } : r;
  }

  return {
    me(): Promise<ApiResult<StaffMeView>> {
      const token = store.getState().account.session?.token ?? '';
      if (me?.token === token && token) return me.value;
      const value = call<StaffMeView>('GET', '/api/staff/me');
      me = { token, value };
      // A failure is not remembered: the next screen asks again.
      void value.then((r) => {
        if (!r.ok && me?.value === value) me = undefined;
      });
      return value;
    },
    async acceptInvite(code: string) {
      const r = await call<StaffMeView>('POST', '/api/staff/invites/accept', { code });
      me = undefined;
      return r;
    },
    async signInWithCode(code: string): Promise<ApiResult<SessionView>> {
      const r = await api.http<SessionView>('POST', '/api/auth/staff-code', { body: { code } });
      if (!r.ok) return r;
      const m = r.value.me;
      store
        .getState()
        .signedInByCode(
          { token: r.value.token, expiresAt: r.value.expiresAt, memberId: m.member.id, name: m.member.displayName },
          m.household,
        );
      me = undefined;
      return r;
    },
    loginCode: () => call<LoginCodeView>('POST', '/api/staff/login-codes'),
    invite: (body: CreateInviteBody) => call<InviteView>('POST', '/api/staff/invites', body),
    households: (q: ListQuery) => seen<StaffHouseholdPage>(`/api/staff/households${query(q)}`),
    household: (id: string) => seen<StaffHouseholdDetail>(`/api/staff/households/${enc(id)}`),
    assisted: (id: string, body: AssistedBody) =>
      call<AssistedResult>('POST', `/api/staff/households/${enc(id)}/assisted`, body),
    /** `filledAt`: when the answers were given on the phone; the service keeps them only if nothing newer is there. */
    teamSurvey: (id: string, body: SurveyBody) =>
      call<SurveySaved>('POST', `/api/staff/households/${enc(id)}/survey`, body),
    createHouseholds: (body: { areaId: string; label?: string; count: number }) =>
      call<CreatedHousehold[]>('POST', '/api/staff/households', body),
    joinCards: (q: { ids?: string; areaId?: string }) => file(`/api/staff/join-cards${query(q)}`, 'the-ma-ho.html'),
    /** A 10-minute link to the same page that needs no sign-in: for Zalo's in-app browser, or to send to a printer. */
    async joinCardsLink(q: { ids?: string; areaId?: string }): Promise<ApiResult<JoinCardsLinkView>> {
      const r = await call<JoinCardsLinkView>('POST', '/api/staff/join-cards/link', q);
      return r.ok
        ? {
            ok: true,
            value: { ...r.value, url: new URL(`${API_BASE}${r.value.url}`, window.location.href).toString() },
          }
        : r;
    },
    roster: () => call<StaffRosterView>('GET', '/api/staff/roster'),
    revokeInvite: (id: string) => call<undefined>('DELETE', `/api/staff/roster/invites/${enc(id)}`),
    revokeStaff: (id: string) => call<undefined>('DELETE', `/api/staff/roster/staff/${enc(id)}`),
    coverage: (q: RangeQuery) => call<CoverageView>('GET', `/api/staff/coverage${query(q)}`),
    exportFile: (kind: 'xlsx' | 'csv', q: RangeQuery) =>
      file(`/api/staff/export.${kind}${query(q)}`, `hoc-vu-so.${kind}`),
    wardReport: () => call<WardReportView>('GET', '/api/staff/reports/ward'),
    trainingPlan: () => call<TrainingPlanView>('GET', '/api/staff/reports/training-plan'),
    cityOverview: () => call<CityOverviewView>('GET', '/api/staff/reports/city'),
    annualReport: () => file('/api/staff/reports/annual.xlsx', 'bao-cao-nam.xlsx'),
    unanswered: () => call<UnansweredGroupView[]>('GET', '/api/staff/unanswered'),
    schoolLinks: () => call<SchoolLinkView[]>('GET', '/api/staff/school-links'),
    createSchoolLink: (body: SchoolLinkBody) => call<SchoolLinkCreated>('POST', '/api/staff/school-links', body),
    mySurvey: () => call<SurveyResult>('GET', '/api/households/mine/survey'),
    saveMySurvey: (answers: SurveyAnswers) =>
      api.withConsent<SurveyResult>('POST', '/api/households/mine/survey', answers),
  };
}

export type StaffApi = ReturnType<typeof createStaffApi>;

const instances = new WeakMap<Api, StaffApi>();

/** One staff client per app client, so the remembered role survives moving between screens. */
export function staffApiFor(api: Api, store: AppStore): StaffApi {
  let s = instances.get(api);
  if (!s) instances.set(api, (s = createStaffApi(api, store)));
  return s;
}
