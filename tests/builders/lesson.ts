import type { Lesson, Question } from '../../src/core/content/lesson-schema';

/** A question with overridable parts; options explain themselves so tests can look for the text. */
export const aQuestion = (over: Partial<Question> = {}): Question => ({
  id: 'q1',
  card: 'c1',
  question: 'Bác nên cài VNeID từ đâu?',
  correct: 1,
  options: [
    { text: 'Link trong tin nhắn', explain: 'Vì sao A sai' },
    { text: 'CH Play hoặc App Store', explain: 'Vì sao B đúng' },
    { text: 'Tệp người quen gửi', explain: 'Vì sao C sai' },
  ],
  ...over,
});

export const aLesson = (over: Partial<Lesson> = {}): Lesson => ({
  id: 'test-lesson',
  lang: 'vi',
  version: 1,
  checked: '2026-11',
  minutes: 3,
  icon: '📱',
  title: 'Bài thử',
  summary: 'Tóm tắt',
  cards: [1, 2, 3].map((n) => ({ id: `c${n}`, title: `Thẻ số ${n}`, body: `Nội dung ${n}` })),
  quiz: [aQuestion(), aQuestion({ id: 'q2', card: 'c2', question: 'Câu hai?', correct: 0 })],
  sources: [{ site: 'example.gov.vn', title: 'Trang nguồn', date: '2026-11-02' }],
  ...over,
});
