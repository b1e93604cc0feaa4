import { describe, expect, it, vi } from 'vitest';
import { createSchoolEvents, LINKS_KEY, QUEUE_KEY, type SchoolEvent, type SendOutcome } from './school-events';
import { memoryStore } from '../../../platform/memory-store';

const TOKEN = 'HdIPzH703m8eO4JLUwgD5A';
const OTHER = 'zzzzzzzzzzzzzzzzzzzzzz';
// What the service answers for each link: TOKEN is a whole track's link, OTHER one lesson's.
const counts: Record<string, string[]> = { [TOKEN]: ['vneid-install', 'vneid-levels'], [OTHER]: ['fraud-bank-sms'] };

function setup(outcomes: SendOutcome[] = [], consent = { given: true }) {
  const kv = memoryStore();
  const data = kv.data;
  const sent: (SchoolEvent & { deviceId: string })[] = [];
  const send = vi.fn(async (e: SchoolEvent, deviceId: string) => {
    const outcome = outcomes.shift() ?? 'done';
    if (outcome !== 'retry') sent.push({ ...e, deviceId });
    return outcome === 'done' ? { outcome, lessons: counts[e.token] } : { outcome };
  });
  const events = createSchoolEvents({
    storage: kv,
    send,
    newId: () => 'device-0001',
    now: () => new Date('2026-11-23T08:00:00Z'),
    allowed: () => consent.given,
  });
  return { events, data, sent, send };
}

describe('school link events', () => {
  it('remembers only the token and a random device id, and counts a pass in the lessons the service says the link counts', async () => {
    const { events, data, sent } = setup();
    events.opened(TOKEN, 'vneid-install');
    expect(await events.flush()).toBe('idle');
    events.passed('vneid-levels');
    events.passed('fraud-bank-sms');
    expect(await events.flush()).toBe('idle');
    expect(sent).toEqual([
      { token: TOKEN, kind: 'open', lessonId: 'vneid-install', deviceId: 'device-0001' },
      { token: TOKEN, kind: 'complete', lessonId: 'vneid-levels', deviceId: 'device-0001' },
    ]);
    expect(JSON.parse(data.get(LINKS_KEY)!)).toEqual({
      deviceId: 'device-0001',
      links: [
        {
          token: TOKEN,
          lessonId: 'vneid-install',
          at: '2026-11-23T08:00:00.000Z',
          lessons: ['vneid-install', 'vneid-levels'],
        },
      ],
    });
    expect(data.has(QUEUE_KEY)).toBe(false);
  });

  it('sends nothing a link does not count: a one-lesson link, or another lesson before the service answered', async () => {
    const { events, sent } = setup(['retry']);
    events.opened(OTHER, 'fraud-bank-sms');
    events.opened(TOKEN, 'vneid-install');
    events.passed('vneid-levels'); // offline: the track link's scope is not known yet
    events.passed('fraud-fake-police'); // in no link
    expect(await events.flush()).toBe('retry');
    expect(await events.flush()).toBe('idle');
    events.passed('vneid-levels'); // now it is
    events.passed('fraud-deepfake'); // the one-lesson link counts only its own lesson
    events.passed('fraud-bank-sms');
    expect(await events.flush()).toBe('idle');
    expect(sent.map((e) => `${e.token.slice(0, 3)} ${e.kind} ${e.lessonId}`)).toEqual([
      'zzz open fraud-bank-sms',
      'HdI open vneid-install',
      'HdI complete vneid-levels',
      'zzz complete fraud-bank-sms',
    ]);
  });

  it('keeps events on the phone while offline and sends each once when the network is back', async () => {
    const { events, data, sent } = setup(['retry']);
    events.opened(TOKEN, 'vneid-install');
    events.opened(TOKEN, 'vneid-install');
    events.passed('vneid-install');
    expect(await events.flush()).toBe('retry');
    expect(JSON.parse(data.get(QUEUE_KEY)!)).toHaveLength(2);
    expect(await events.flush()).toBe('idle');
    expect(sent.map((e) => e.kind)).toEqual(['open', 'complete']);
  });

  it('forgets a link the service no longer knows, and ignores tokens that cannot be ours', async () => {
    const { events, data, sent } = setup(['gone']);
    events.opened('../../etc', 'vneid-install');
    expect(data.size).toBe(0);
    events.opened(TOKEN, 'vneid-install');
    events.opened(OTHER, 'fraud-bank-sms');
    events.passed('vneid-install');
    expect(await events.flush()).toBe('idle');
    expect(sent.map((e) => `${e.token.slice(0, 3)} ${e.kind}`)).toEqual(['HdI open', 'zzz open']);
    expect(JSON.parse(data.get(LINKS_KEY)!).links.map((l: { token: string }) => l.token)).toEqual([OTHER]);
  });

  it('keeps and sends nothing without consent, and drops what waits when consent is withdrawn', async () => {
    const declined = setup([], { given: false });
    declined.events.opened(TOKEN, 'vneid-install');
    declined.events.passed('vneid-install');
    expect(await declined.events.flush()).toBe('idle');
    expect(declined.send).not.toHaveBeenCalled();
    expect(declined.data.size).toBe(0);

    const consent = { given: true };
    const later = setup(['retry'], consent);
    later.events.opened(TOKEN, 'vneid-install');
    expect(await later.events.flush()).toBe('retry');
    expect(later.data.has(QUEUE_KEY)).toBe(true);
    consent.given = false;
    expect(await later.events.flush()).toBe('idle');
    expect(later.send).toHaveBeenCalledTimes(1);
    expect(later.data.size).toBe(0);
  });
});
