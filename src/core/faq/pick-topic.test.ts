import { describe, expect, it } from 'vitest';
import { pickTopic } from './pick-topic';

describe('pickTopic', () => {
  it('takes one strong cue, or two weak ones, as the topic', () => {
    expect(pickTopic(new Map([['fraud', 1]]), [], false)).toBe('fraud');
    expect(pickTopic(new Map([['fraud', 0.5]]), [{ topic: 'fraud', confidence: 0.25 }], false)).toBeUndefined();
    expect(pickTopic(new Map([['fraud', 0.5]]), [{ topic: 'fraud', confidence: 0.5 }], false)).toBe('fraud');
  });
  it('lets an entry the policy held back on decide alone', () => {
    expect(pickTopic(new Map(), [{ topic: 'vneid', confidence: 0.5 }], true)).toBe('vneid');
    expect(pickTopic(new Map(), [{ topic: 'vneid', confidence: 0.5 }], false)).toBeUndefined();
  });
  it('needs more than a weak cue plus entries that share its words', () => {
    // "lịch cắt điện tuần này": electricity (0.4) and the fake-EVN-call entries sharing "cắt điện".
    const near = [
      { topic: 'fraud' as const, confidence: 0.63 },
      { topic: 'fraud' as const, confidence: 0.46 },
    ];
    expect(pickTopic(new Map([['fraud', 0.4]]), near, false)).toBeUndefined();
    expect(pickTopic(new Map([['fraud', 0.5]]), near, false)).toBe('fraud');
    expect(pickTopic(new Map([['fraud', 0.4]]), near, true)).toBe('fraud');
  });
  it('touches no topic for a question about something else', () => {
    expect(pickTopic(new Map(), [{ topic: 'app', confidence: 0.2 }], false)).toBeUndefined();
  });
});

describe('pickTopic: which of our topics', () => {
  it('prefers what the question names over the entry that shares its other words', () => {
    // "Smart Hải Phòng quên mật khẩu": the closest entry is VNeID's, but the question names Smart Hải Phòng.
    expect(pickTopic(new Map([['smart-hp', 1]]), [{ topic: 'vneid', confidence: 0.78 }], true)).toBe('smart-hp');
  });
});

describe('pickTopic with the topic model', () => {
  it('lets the model break a near tie between touched topics', () => {
    const hits = [
      { topic: 'vneid' as const, confidence: 0.6 },
      { topic: 'account-safety' as const, confidence: 0.9 },
    ];
    expect(pickTopic(new Map(), hits, true)).toBe('vneid');
    expect(
      pickTopic(new Map(), hits, true, [
        { topic: 'account-safety', p: 0.9 },
        { topic: 'vneid', p: 0.1 },
      ]),
    ).toBe('account-safety');
  });

  it('never brings in a topic nothing else touched', () => {
    expect(pickTopic(new Map([['fraud', 1]]), [], false, [{ topic: 'vneid', p: 1 }])).toBe('fraud');
  });
});
