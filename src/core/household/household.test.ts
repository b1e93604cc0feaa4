import { describe, expect, it } from 'vitest';
import { householdProgress, type MemberResult } from './household-progress';
import { CODE_ALPHABET, codeFromScan, formatJoinCode, makeJoinCode, normalizeJoinCode } from './join-code';

const r = (lessonId: string, memberId: string, passed: boolean, day: number): MemberResult => ({
  lessonId,
  memberId,
  passed,
  completedAt: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`,
});

describe('householdProgress', () => {
  it('is complete when every required lesson is passed by any member', () => {
    const p = householdProgress(['a', 'b'], [r('a', 'mẹ', true, 3), r('b', 'con', true, 5), r('b', 'mẹ', true, 4)]);
    expect(p.complete).toBe(true);
    expect(p.completedAt).toBe('2026-11-04T08:00:00.000Z');
    expect(p.lessons[1].doneBy.sort()).toEqual(['con', 'mẹ']);
  });
  it('ignores failed attempts and lessons that are not required', () => {
    const p = householdProgress(['a', 'b'], [r('a', 'x', true, 1), r('b', 'x', false, 2), r('z', 'x', true, 2)]);
    expect(p).toMatchObject({ complete: false, doneCount: 1, total: 2, completedAt: undefined });
    expect(p.lessons[1]).toEqual({ lessonId: 'b', done: false, doneBy: [], firstDoneAt: undefined });
  });
  it('is never complete with nothing required', () => {
    expect(householdProgress([], []).complete).toBe(false);
  });
});

describe('join codes', () => {
  it('never contain look-alike characters', () => {
    for (const ch of '0O1I') expect(CODE_ALPHABET).not.toContain(ch);
    const code = makeJoinCode(Uint8Array.from([0, 31, 32, 255, 8, 100]));
    expect(code).toHaveLength(6);
    expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
  });
  it('accept what people type and refuse look-alikes clearly', () => {
    expect(normalizeJoinCode(' abc-234 ')).toEqual({ ok: true, code: 'ABC234' });
    expect(normalizeJoinCode('ABO234')).toEqual({ ok: false, reason: 'letters' });
    expect(normalizeJoinCode('AB23')).toEqual({ ok: false, reason: 'length' });
    expect(formatJoinCode('ABC234')).toBe('ABC-234');
  });
  it('read the code out of a scanned card link or bare text', () => {
    expect(codeFromScan('https://hocvuso.example/household/join?code=ABC234')).toBe('ABC234');
    expect(codeFromScan('https://zalo.me/s/123/household/join?code=abc-234&utm=card')).toBe('abc-234');
    expect(codeFromScan('  ABC-234\n')).toBe('ABC-234');
    expect(codeFromScan('https://example.com/some/other/page')).toBe('');
  });
});
