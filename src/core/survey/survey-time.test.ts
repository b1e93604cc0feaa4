import { describe, expect, it } from 'vitest';
import { answeredAt, SURVEY_CLOCK_SKEW_MS } from './survey-time';

const now = new Date('2026-11-23T10:00:00Z');

describe('answeredAt', () => {
  it('is now without a time from the phone', () => {
    expect(answeredAt(undefined, now)).toEqual({ ok: true, at: now });
  });

  it('keeps a past time from the phone as it is', () => {
    expect(answeredAt('2026-11-23T02:00:00Z', now)).toEqual({ ok: true, at: new Date('2026-11-23T02:00:00Z') });
    expect(answeredAt('2026-11-23T09:00:00+07:00', now)).toEqual({ ok: true, at: new Date('2026-11-23T02:00:00Z') });
  });

  it('takes a phone clock running a little fast as now, and refuses one far ahead', () => {
    expect(answeredAt(new Date(now.getTime() + SURVEY_CLOCK_SKEW_MS).toISOString(), now)).toEqual({
      ok: true,
      at: now,
    });
    expect(answeredAt(new Date(now.getTime() + SURVEY_CLOCK_SKEW_MS + 1000).toISOString(), now)).toEqual({
      ok: false,
      reason: 'future',
    });
  });
});
