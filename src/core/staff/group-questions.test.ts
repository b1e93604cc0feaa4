import { describe, expect, it } from 'vitest';
import { groupQuestions, type QuestionRow } from './group-questions';

const q = (text: string, day: number, topFaq: string | null = null): QuestionRow => ({
  text,
  at: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`,
  topFaq,
});

describe('groupQuestions', () => {
  it('groups the same question typed with or without diacritics, and by the same nearest FAQ', () => {
    const groups = groupQuestions([
      q('Làm sao đổi số điện thoại trên VNeID', 1),
      q('lam sao doi so dien thoai tren vneid', 3),
      q('đổi số điện thoại VNeID thế nào', 2),
      q('Giá vé xe buýt bao nhiêu', 4),
      q('cài app ngân hàng', 5, 'bank-app'),
      q('ứng dụng ngân hàng bị khóa', 6, 'bank-app'),
    ]);
    expect(groups.map((g) => g.count)).toEqual([3, 2, 1]);
    expect(groups[0]).toMatchObject({
      example: 'lam sao doi so dien thoai tren vneid',
      lastAt: '2026-11-03T08:00:00.000Z',
    });
    expect(groups[0].texts).toHaveLength(3);
    expect(groups[1].example).toBe('ứng dụng ngân hàng bị khóa');
  });
  it('keeps at most 5 distinct wordings a group', () => {
    const rows = Array.from({ length: 9 }, (_, i) => q(`quên mật khẩu VNeID ${i % 7}`, i + 1));
    const [g] = groupQuestions(rows);
    expect(g.count).toBe(9);
    expect(g.texts).toHaveLength(5);
  });
});
