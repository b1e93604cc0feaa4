import { describe, expect, it } from 'vitest';
import { vnCalendarDay, vnDayStart } from './vietnam-time';

describe('Vietnam calendar days', () => {
  it('a day starts at 17:00 UTC the day before', () => {
    expect(vnDayStart('2026-12-01').toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });
  it('an instant late in the UTC evening is already the next day in Vietnam', () => {
    expect(vnCalendarDay(new Date('2026-11-30T16:59:59Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(vnCalendarDay(new Date('2026-11-30T17:00:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
