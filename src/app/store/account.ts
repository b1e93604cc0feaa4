import type { HouseholdView } from '../../core/api/schemas';

/** The version of the data notice the resident sees; the service records which one they agreed to. */
export const CONSENT_VERSION = '2026-11';

export type ConsentDecision = 'unasked' | 'given' | 'declined';

/** `sent` stays false until the service has been told this decision: nothing is sent before the first choice. */
export type Consent = { decision: ConsentDecision; at: string | null; sent: boolean };

export type Session = { token: string; expiresAt: string; memberId: string; name: string };

/**
 * Who the resident is to our service. `deviceId`/`devName` belong to the browser's development sign-in and are
 * kept so an expired session can be renewed without asking again; `household` is the last one the service named.
 */
export type Account = {
  session: Session | null;
  deviceId: string | null;
  devName: string | null;
  household: HouseholdView | null;
};

export const noConsent: Consent = { decision: 'unasked', at: null, sent: false };
export const noAccount: Account = { session: null, deviceId: null, devName: null, household: null };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown) => (typeof x === 'string' && x.length > 0 ? x : null);

/** Saved consent, read defensively: anything unreadable means the notice is shown again, never assumed agreed. */
export function parseConsent(raw: unknown): Consent {
  if (!isRecord(raw)) return noConsent;
  const decision = raw.decision === 'given' || raw.decision === 'declined' ? raw.decision : 'unasked';
  if (decision === 'unasked') return noConsent;
  return { decision, at: str(raw.at), sent: raw.sent === true };
}

function parseHousehold(raw: unknown): HouseholdView | null {
  if (!isRecord(raw)) return null;
  const [id, code, areaId, areaName, wardName] = [raw.id, raw.code, raw.areaId, raw.areaName, raw.wardName].map(str);
  if (!id || !code || !areaId || !areaName || !wardName) return null;
  return { id, code, areaId, areaName, wardName, label: str(raw.label) };
}

function parseSession(raw: unknown): Session | null {
  if (!isRecord(raw)) return null;
  const [token, expiresAt, memberId, name] = [raw.token, raw.expiresAt, raw.memberId, raw.name].map(str);
  return token && expiresAt && memberId && name ? { token, expiresAt, memberId, name } : null;
}

/** Saved account, field by field; a broken part is dropped and re-learnt from the service. */
export function parseAccount(raw: unknown): Account {
  if (!isRecord(raw)) return noAccount;
  const deviceId = str(raw.deviceId);
  return {
    session: parseSession(raw.session),
    deviceId: deviceId && /^[A-Za-z0-9_-]{8,64}$/.test(deviceId) ? deviceId : null,
    devName: str(raw.devName),
    household: parseHousehold(raw.household),
  };
}
