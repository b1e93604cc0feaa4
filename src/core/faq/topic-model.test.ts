import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../content/faq-schema';
import { createTopicModel } from './topic-model';

const entry = (id: string, topic: FaqEntry['topic'], vi: string, en: string): FaqEntry =>
  ({
    id,
    topic,
    vi: { question: vi, phrasings: [], answer: vi },
    en: { question: en, phrasings: [], answer: en },
  }) as unknown as FaqEntry;

const model = createTopicModel([
  entry('a', 'account-safety', 'Đặt mật khẩu khó đoán cho Zalo', 'Set a hard to guess password for Zalo'),
  entry(
    'b',
    'account-safety',
    'Mật khẩu mạnh là mật khẩu dài, khó đoán',
    'A strong password is long and hard to guess',
  ),
  entry('c', 'vneid', 'Cài VNeID trên điện thoại mới', 'Install VNeID on a new phone'),
]);

describe('the topic model', () => {
  it('leans to the topic whose entries, all together, use the question words', () => {
    const [top, next] = model.rank('mat khau kho doan');
    expect(top.topic).toBe('account-safety');
    expect(top.p).toBeGreaterThan(next.p);
  });

  it('gives posteriors that sum to 1, and stays even on words it never saw', () => {
    const ranked = model.rank('thời tiết hôm nay');
    expect(ranked.reduce((s, x) => s + x.p, 0)).toBeCloseTo(1, 9);
    expect(ranked[0].p).toBeCloseTo(ranked[1].p, 9);
  });
});
