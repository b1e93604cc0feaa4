import { describe, expect, it } from 'vitest';
import { targetProgress, type Target } from './targets';
import { targetSentence } from './report-words';

const all: Target = { indicator: 'completed', share: 100, by: '2026-12-31' };
const counts = { households: 200, complete: 150 };

describe('progress against a target', () => {
  it('projects the day at the pace of the last four weeks, and says whether that is in time', () => {
    // 50 to go at 10 a week (40 in 28 days): 35 days; at 2 a week, 175 days.
    const p = targetProgress(all, counts, 40, '2026-11-01');
    expect(p).toMatchObject({
      count: 150,
      of: 200,
      pct: 75,
      remaining: 50,
      perWeek: 10,
      reachedBy: '2026-12-06',
      status: 'on_track',
    });
    expect(targetProgress(all, counts, 8, '2026-11-01')).toMatchObject({
      perWeek: 2,
      reachedBy: '2027-04-25',
      status: 'late',
    });
  });

  it('is reached, or stalled when nothing moved or households were lost', () => {
    expect(targetProgress({ ...all, share: 75 }, counts, 0, '2026-11-01')).toMatchObject({
      remaining: 0,
      status: 'reached',
      reachedBy: null,
    });
    expect(targetProgress(all, counts, 0, '2026-11-01')).toMatchObject({ status: 'stalled', reachedBy: null });
    expect(targetProgress(all, counts, -3, '2026-11-01')).toMatchObject({ status: 'stalled', perWeek: -0.7 });
  });

  it('counts a share target up to the next whole household, and nothing is reached with no households', () => {
    expect(
      targetProgress(
        { indicator: 'vneid2', share: 80, by: '2027-06-30' },
        { surveyed: 4, 'has:vneid2': 3 },
        0,
        '2026-11-01',
      ).remaining,
    ).toBe(1);
    expect(targetProgress(all, {}, 0, '2026-11-01')).toMatchObject({
      of: 0,
      pct: null,
      remaining: 0,
      status: 'stalled',
    });
  });

  it('reads as a sentence a ward officer can paste, in Vietnamese and English', () => {
    const late = targetProgress(all, { households: 20_000, complete: 1_234 }, 600, '2026-11-01');
    expect(targetSentence('vi', late)).toBe(
      'Hộ đã học xong các bài bắt buộc: 1.234/20.000 hộ (6,2\u00a0%); mục tiêu 100\u00a0% trước 31/12/2026. 4 tuần qua: trung bình 150 hộ/tuần; với tốc độ này đạt mục tiêu khoảng 26/03/2029, chậm so với kế hoạch (còn 18.766 hộ).',
    );
    expect(targetSentence('en', late)).toBe(
      'Households that finished the required lessons: 1,234/20,000 (6.2\u00a0%); target 100\u00a0% by 31/12/2026. Last 4 weeks: 150 households a week on average; at this pace the target is reached around 26/03/2029, later than planned (18,766 to go).',
    );
    expect(targetSentence('vi', targetProgress(all, counts, 0, '2026-11-01'))).toMatch(
      /với tốc độ này chưa thể đạt mục tiêu \(còn 50 hộ\)\.$/,
    );
  });
});
