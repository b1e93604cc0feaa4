import { API_BASE } from '../../api/api-base';
import type { SchoolEvent, SendOutcome } from './school-events';

/**
 * POST /api/school-links/<token>/events, anonymous. 204 is counted; 404 (the school removed the link) and 400 (this
 * lesson is not part of it) will never be counted, so they are not retried; no network, 429 and 5xx are.
 */
export async function sendSchoolEvent(e: SchoolEvent, deviceId: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): Promise<SendOutcome> {
  try {
    const res = await fetchImpl(`${API_BASE}/api/school-links/${encodeURIComponent(e.token)}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ deviceId, kind: e.kind, lessonId: e.lessonId }),
    });
    if (res.ok) return 'done';
    if (res.status === 404) return 'gone';
    return res.status === 429 || res.status >= 500 ? 'retry' : 'done';
  } catch {
    return 'retry';
  }
}
