import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../platform';
import { createAppStore, defaultSettings, STORE_KEY } from './app-store';

const memory = (init: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map(Object.entries(init));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

describe('app store', () => {
  it('persists progress and settings through the storage port and reads them back', () => {
    const kv = memory();
    const a = createAppStore(kv, () => new Date('2026-11-20T00:00:00Z'));
    a.getState().recordQuiz('vneid-install', 1, true);
    a.getState().setTextSize('xlarge');
    a.getState().rememberCard('fraud-bank-sms', 2);
    const b = createAppStore(kv);
    expect(b.getState().progress.lessons['vneid-install'].passedAt).toBe('2026-11-20T00:00:00.000Z');
    expect(b.getState().progress.lessons['fraud-bank-sms'].card).toBe(2);
    expect(b.getState().settings.textSize).toBe('xlarge');
  });
  it('starts fresh on unreadable or old-shaped saves instead of crashing', () => {
    expect(createAppStore(memory({ [STORE_KEY]: '{not json' })).getState().settings).toEqual(defaultSettings);
    const old = createAppStore(
      memory({ [STORE_KEY]: JSON.stringify({ state: { settings: { textSize: 'huge', lang: 'fr' }, progress: [1] } }) }),
    );
    expect(old.getState().settings).toEqual(defaultSettings);
    expect(old.getState().progress).toEqual({ version: 1, lessons: {} });
  });

  it('queues finished quizzes only after consent, and backfills lessons passed before it', () => {
    const kv = memory();
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const a = createAppStore(kv, () => new Date('2026-11-20T00:00:00Z'), {
      newId,
      lessonVersion: (id) => (id === 'gone' ? undefined : 2),
    });
    a.getState().recordQuiz('vneid-install', 1, true);
    expect(a.getState().outbox.items).toEqual([]);
    a.getState().decideConsent(true);
    expect(a.getState().consent).toMatchObject({ decision: 'given', sent: false });
    expect(a.getState().outbox.items).toMatchObject([{ lessonId: 'vneid-install', lessonVersion: 2, passed: true }]);
    a.getState().recordQuiz('vneid-levels', 0.5, false);
    a.getState().recordQuiz('gone', 1, true);
    expect(a.getState().outbox.items.map((i) => i.lessonId)).toEqual(['vneid-install', 'vneid-levels']);
    const b = createAppStore(kv);
    expect(b.getState().outbox.items).toHaveLength(2);
    expect(b.getState().consent.decision).toBe('given');
  });
  it('forgets session, household and outbox after the data is deleted, but keeps lesson progress', () => {
    const a = createAppStore(memory());
    a.getState().decideConsent(true);
    a.getState().recordQuiz('vneid-install', 1, true);
    a.getState().setDevIdentity('device-123', 'Bà Lan');
    a.getState().signedIn({ token: 't', expiresAt: '2026-11-20T12:00:00Z', memberId: 'm', name: 'Bà Lan' }, null);
    a.getState().recordPracticeRound({ scamsShown: 3, scamsCaught: 3, genuineShown: 2, genuineFlagged: 0 });
    expect(a.getState().outbox.rounds).toHaveLength(1);
    a.getState().forgetServerData();
    const s = a.getState();
    expect(s.account).toEqual({ session: null, deviceId: 'device-123', devName: null, household: null });
    expect(s.outbox.items).toEqual([]);
    expect(s.outbox.rounds).toEqual([]);
    expect(s.consent).toMatchObject({ decision: 'declined', sent: true });
    expect(s.progress.lessons['vneid-install'].passedAt).toBeDefined();
  });
  it('keeps the chat in memory only, saves the anonymous chat id, and forgets both after the data is deleted', () => {
    const kv = memory();
    const a = createAppStore(kv, undefined, { newId: () => 'chat-0001-abcd' });
    a.getState().addToChat(
      { from: 'resident', text: 'mật khẩu của tôi là 123456' },
      { from: 'bot', text: 'Bác đừng gửi mật khẩu', buttons: [] },
    );
    expect(a.getState().chatIdOrNew()).toBe('chat-0001-abcd');
    expect(kv.data.get(STORE_KEY)).not.toContain('123456');
    const b = createAppStore(kv);
    expect(b.getState().chat).toEqual([]);
    expect(b.getState().chatId).toBe('chat-0001-abcd');
    a.getState().forgetServerData();
    expect(a.getState()).toMatchObject({ chat: [], chatId: null });
  });
  it('never reads a broken save as consent given', () => {
    const kv = memory({
      [STORE_KEY]: JSON.stringify({
        state: { consent: { decision: 'yes' }, account: { session: 'x', deviceId: '../' }, outbox: 'x' },
      }),
    });
    const s = createAppStore(kv).getState();
    expect(s.consent.decision).toBe('unasked');
    expect(s.account.session).toBeNull();
    expect(s.account.deviceId).toBeNull();
    expect(s.outbox.items).toEqual([]);
  });
});
