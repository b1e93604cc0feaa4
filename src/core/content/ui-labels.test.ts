import { describe, expect, it } from 'vitest';
import { aLesson } from '../../../tests/builders/lesson';
import { checkQuotedLabels, labelSet, localeValues, missingLabels } from './ui-labels';

const labels = labelSet(localeValues({ settings: { textSize: 'Cỡ chữ' }, household: { join: 'Vào hộ bằng mã' } }));

describe('quoted UI labels', () => {
  it('finds labels in « » that the app does not show', () => {
    expect(missingLabels('Bác bấm «Cỡ chữ» rồi chọn «bật chữ lớn».', labels)).toEqual(['bật chữ lớn']);
    expect(missingLabels('Bấm « Vào hộ bằng mã » nhé. Nút "Đăng nhập" của VNeID thì không kiểm.', labels)).toEqual([]);
  });
  it('reports the file and the place for lessons and FAQ answers', () => {
    const lesson = aLesson({ summary: 'Mở «Thẻ chứng nhận».' });
    const entry = {
      id: 'app-size',
      topic: 'app' as const,
      vi: { question: 'Q', phrasings: [], answer: 'Bấm «bật chữ lớn».' },
      en: { question: 'Q', phrasings: [], answer: 'Tap «Text size».' },
    };
    const problems = checkQuotedLabels(
      [{ lesson, at: () => ({ file: 'l.yaml', line: 7, lang: 'vi' }) }],
      [{ entry, at: (lang) => ({ file: 'faq.yaml', line: lang === 'vi' ? 3 : 9, lang }) }],
      { vi: labels, en: labelSet(['Text size']) },
    );
    expect(problems).toEqual([
      {
        file: 'l.yaml',
        line: 7,
        message: expect.stringContaining('«Thẻ chứng nhận» is not a label of our app (src/locales/vi/'),
      },
      { file: 'faq.yaml', line: 3, message: expect.stringContaining('«bật chữ lớn»') },
    ]);
  });
});
