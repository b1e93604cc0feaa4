import { API_BASE } from '../../api/api-base';
import { createHttp, type Http } from '../../api/http';
import type { SchoolEvent, SendResult } from './school-events';

const anonymous = createHttp(API_BASE);

/**
 * POST /api/school-links/<token>/events, anonymous, through the app's one transport (timeouts, error bodies). 200 is
 * counted, with the lessons the link counts; 404 (the school removed the link) and 400 (this lesson is not part of
 * it) will never be counted, so they are not retried; no network, 429 and 5xx are.
 */
export async function sendSchoolEvent(e: SchoolEvent, deviceId: string, http: Http = anonymous): Promise<SendResult> {
  const r = await http<{ lessons?: unknown }>('POST', `/api/school-links/${encodeURIComponent(e.token)}/events`, {
    body: { deviceId, kind: e.kind, lessonId: e.lessonId },
  });
  if (r.ok) {
    const lessons = Array.isArray(r.value.lessons)
      ? r.value.lessons.filter((l): l is string => typeof l === 'string')
      : undefined;
    return { outcome: 'done', lessons };
  }
  if (r.error.status === 404) return { outcome: 'gone' };
  return { outcome: r.error.code === 'network' || r.error.status === 429 || r.error.status >= 500 ? 'retry' : 'done' };
}
