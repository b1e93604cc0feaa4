import { describe, expect, it } from 'vitest';
import { answerFromPassage } from './passage-answer';

const entry = (q: string, a: string) =>
  `## ${q}\n\n**Hỏi:** ${q}\n**Cách hỏi khác:** ${q.toLowerCase()}\n**Đáp:** ${a}`;

describe('answerFromPassage', () => {
  it('returns the answer line of an entry, without labels or emphasis', () => {
    expect(answerFromPassage(entry('Tải VNeID ở đâu?', 'Chỉ từ CH Play hoặc App Store.'), 'tai vneid o dau')).toBe(
      'Chỉ từ CH Play hoặc App Store.',
    );
  });

  it('picks the entry that matches the question when a passage spans two', () => {
    const passage = `${entry('Tải VNeID ở đâu?', 'Chỉ từ CH Play.')}\n${entry('Quên mật khẩu VNeID thì sao?', 'Bấm Quên mật khẩu và nhập OTP.')}`;
    expect(answerFromPassage(passage, 'quen mat khau vneid')).toBe('Bấm Quên mật khẩu và nhập OTP.');
    expect(answerFromPassage(passage, 'tải vneid ở đâu')).toBe('Chỉ từ CH Play.');
  });

  it('reads labels the indexer stripped of Markdown, in English too', () => {
    expect(answerFromPassage('Question: Where?\nOther ways to ask: where\nAnswer: Only from the store.', 'where')).toBe(
      'Only from the store.',
    );
  });

  it('has nothing to say for a heading or a list of phrasings alone', () => {
    expect(answerFromPassage('## Tải VNeID ở đâu?', 'tai vneid')).toBeUndefined();
    expect(answerFromPassage('**Cách hỏi khác:** cài vneid ở đâu', 'tai vneid')).toBeUndefined();
  });
});
