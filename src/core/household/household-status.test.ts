import { describe, expect, it } from 'vitest';
import { compareVisitPriority, householdStatus, type VisitRank } from './household-status';

describe('householdStatus', () => {
  it('counts only passed required lessons', () => {
    expect(householdStatus({ doneCount: 0, total: 6 })).toBe('not_started');
    expect(householdStatus({ doneCount: 2, total: 6 })).toBe('in_progress');
    expect(householdStatus({ doneCount: 6, total: 6 })).toBe('completed');
    expect(householdStatus({ doneCount: 0, total: 0 })).toBe('not_started');
  });
});

describe('compareVisitPriority', () => {
  const r = (over: Partial<VisitRank>): VisitRank => ({
    needsVisit: false,
    doneCount: 0,
    lastActivity: null,
    code: 'AAA222',
    ...over,
  });
  it('puts needs-visit first, then least progress, then the oldest activity, then code', () => {
    const list = [
      r({ code: 'F', needsVisit: false }),
      r({ code: 'E', needsVisit: true, doneCount: 3 }),
      r({ code: 'D', needsVisit: true, doneCount: 1, lastActivity: '2026-11-20T00:00:00Z' }),
      r({ code: 'C', needsVisit: true, doneCount: 1, lastActivity: '2026-11-01T00:00:00Z' }),
      r({ code: 'B', needsVisit: true, doneCount: 1, lastActivity: null }),
      r({ code: 'A', needsVisit: true, doneCount: 1, lastActivity: null }),
    ];
    expect(list.sort(compareVisitPriority).map((x) => x.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });
});
