import { describe, expect, it } from 'vitest';
import { createHttp } from '../../api/http';
import { sendSchoolEvent } from './send-school-event';

const answering = (status: number, body: unknown) =>
  createHttp(
    'http://test',
    async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );
const event = { token: 'tok_0123456789abcdef', kind: 'complete' as const, lessonId: 'vneid-install' };

describe('sending a school-link event', () => {
  it('is done with the lessons the link counts, gone when the link is, and retried only when it may pass by itself', async () => {
    expect(await sendSchoolEvent(event, 'device-01', answering(200, { lessons: ['vneid-install', 3] }))).toEqual({
      outcome: 'done',
      lessons: ['vneid-install'],
    });
    expect(
      await sendSchoolEvent(event, 'device-01', answering(404, { error: { code: 'link_not_found', message: 'x' } })),
    ).toEqual({ outcome: 'gone' });
    expect(
      await sendSchoolEvent(
        event,
        'device-01',
        answering(400, { error: { code: 'lesson_not_in_link', message: 'x' } }),
      ),
    ).toEqual({ outcome: 'done' });
    expect(
      await sendSchoolEvent(event, 'device-01', answering(429, { error: { code: 'too_many_attempts', message: 'x' } })),
    ).toEqual({ outcome: 'retry' });
    const offline = createHttp('http://test', async () => Promise.reject(new TypeError('offline')));
    expect(await sendSchoolEvent(event, 'device-01', offline)).toEqual({ outcome: 'retry' });
  });
});
