import { describe, expect, it } from 'vitest';
import { needsVisit, surveyAnswers, visitReasons, type SurveyAnswers } from './survey';

const good: SurveyAnswers = {
  devices: { smartphone: true, computer: false, internet: true },
  uses: { zalo: true, vneidLevel: 2, onlinePublicServices: false, cashlessPayments: true, smartHaiPhong: false },
  wantsToLearn: { topics: ['online-safety'] },
};
const now = new Date('2026-12-01T00:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();

describe('survey schema', () => {
  it('accepts a complete answer and refuses unknown topics, levels and keys', () => {
    expect(surveyAnswers.safeParse(good).success).toBe(true);
    expect(surveyAnswers.safeParse({ ...good, wantsToLearn: { topics: ['cooking'] } }).success).toBe(false);
    expect(surveyAnswers.safeParse({ ...good, uses: { ...good.uses, vneidLevel: 3 } }).success).toBe(false);
    expect(surveyAnswers.safeParse({ ...good, extra: 1 }).success).toBe(false);
    expect(surveyAnswers.safeParse({ ...good, wantsToLearn: { topics: [], other: 'x'.repeat(201) } }).success).toBe(
      false,
    );
  });
});

describe('needsVisit', () => {
  const active = { complete: false, lastActivity: daysAgo(3) };
  it('asks for a visit when there is no survey, VNeID below level 2 or no smartphone', () => {
    expect(needsVisit(active, null, now)).toBe(true);
    expect(needsVisit(active, { ...good, uses: { ...good.uses, vneidLevel: 1 } }, now)).toBe(true);
    expect(needsVisit(active, { ...good, devices: { ...good.devices, smartphone: false } }, now)).toBe(true);
    expect(needsVisit(active, good, now)).toBe(false);
  });
  it('asks for a visit when an unfinished household has been quiet for 30 days', () => {
    expect(needsVisit({ complete: false, lastActivity: daysAgo(31) }, good, now)).toBe(true);
    expect(needsVisit({ complete: false, lastActivity: null }, good, now)).toBe(true);
    expect(needsVisit({ complete: false, lastActivity: daysAgo(29) }, good, now)).toBe(false);
    expect(needsVisit({ complete: true, lastActivity: daysAgo(90) }, good, now)).toBe(false);
  });
});

describe('visitReasons', () => {
  it('names why a household is due a visit, and is empty exactly when needsVisit is false', () => {
    const active = { complete: false, lastActivity: daysAgo(1) };
    const noPhoneLow = {
      ...good,
      uses: { ...good.uses, vneidLevel: 1 as const },
      devices: { ...good.devices, smartphone: false },
    };
    expect(visitReasons(active, null, now)).toEqual(['no_survey']);
    expect(visitReasons(active, noPhoneLow, now)).toEqual(['vneid', 'no_smartphone']);
    expect(visitReasons({ complete: false, lastActivity: daysAgo(31) }, good, now)).toEqual(['quiet']);
    expect(visitReasons(active, good, now)).toEqual([]);
    for (const p of [active, { complete: true, lastActivity: null }, { complete: false, lastActivity: null }]) {
      for (const s of [null, good, noPhoneLow]) expect(visitReasons(p, s, now).length > 0).toBe(needsVisit(p, s, now));
    }
  });
});
