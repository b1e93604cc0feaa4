import { describe, expect, it } from 'vitest';
import { findUnsafeText, isoDateTime, lessonVersion, quizScore, reportDay } from './bounds';

describe('API bounds', () => {
  it('finds NUL bytes and lone surrogates anywhere in a value, keys included', () => {
    expect(findUnsafeText({ a: ['ok', { b: 'x\u0000y' }] })?.path).toEqual(['a', 1, 'b']);
    expect(findUnsafeText({ other: 'a\uD800b' })?.reason).toMatch(/Unicode/);
    expect(findUnsafeText({ 'k\u0000': 1 })?.path).toEqual(['k\u0000']);
    expect(findUnsafeText({ t: 'Tổ dân phố 3 😀', n: 1, b: true, z: null })).toBeUndefined();
  });

  it('accepts real date-times and refuses year 0, far futures and impossible offsets', () => {
    expect(isoDateTime.safeParse('2026-11-23T08:00:00+07:00').success).toBe(true);
    expect(isoDateTime.safeParse('0000-01-01T00:00:00Z').success).toBe(false);
    expect(isoDateTime.safeParse('9999-01-01T00:00:00Z').success).toBe(false);
    expect(isoDateTime.safeParse('2026-11-23T08:00:00+23:59').success).toBe(false);
    expect(isoDateTime.safeParse('2026-11-23T08:00:00-14:00').success).toBe(true);
    expect(reportDay.safeParse('0001-01-01').success).toBe(false);
    expect(reportDay.safeParse('2026-11-01').success).toBe(true);
  });

  it('keeps versions inside int4 and scores storable', () => {
    expect(lessonVersion.safeParse(2 ** 31).success).toBe(false);
    expect(lessonVersion.safeParse(3).success).toBe(true);
    expect(quizScore.parse(5e-324)).toBe(0);
    expect(quizScore.parse(0.8)).toBe(0.8);
    expect(quizScore.safeParse(1.5).success).toBe(false);
  });
});
