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
