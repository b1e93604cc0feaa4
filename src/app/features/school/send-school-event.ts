import { API_BASE } from '../../api/api-base';
import type { SchoolEvent, SendResult } from './school-events';

/**
 * POST /api/school-links/<token>/events, anonymous. 200 is counted, with the lessons the link counts; 404 (the school removed the link) and 400 (this
 * lesson is not part of it) will never be counted, so they are not retried; no network, 429 and 5xx are.
 */
export async function sendSchoolEvent(e: SchoolEvent, deviceId: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): Promise<SendResult> {
  try {
    const res = await fetchImpl(`${API_BASE}/api/school-links/${encodeURIComponent(e.token)}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ deviceId, kind: e.kind, lessonId: e.lessonId }),
    });
    if (res.ok) {
      const body = (await res.json().catch(() => null)) as { lessons?: unknown } | null;
      const lessons = Array.isArray(body?.lessons) ? body.lessons.filter((l): l is string => typeof l === 'string') : undefined;
      return { outcome: 'done', lessons };
    }
    if (res.status === 404) return { outcome: 'gone' };
    return { outcome: res.status === 429 || res.status >= 500 ? 'retry' : 'done' };
  } catch {
    return { outcome: 'retry' };
  }
}
