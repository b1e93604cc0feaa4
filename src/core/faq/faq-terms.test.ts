import { describe, expect, it } from 'vitest';
import { contentWords, faqTerms } from './faq-terms';

describe('faqTerms', () => {
  it('keeps the pairs that a dropped stop word belongs to', () => {
    const terms = faqTerms('đăng ký VNeID ở đâu');
    expect(terms).toEqual(expect.arrayContaining(['ky', 'vneid', 'dau', 'dang_ky', 'o_dau', 'ky_vneid']));
    expect(faqTerms('xem tiến độ phản ánh')).toContain('tien_do');
  });
  it('tells the asking words apart: "là gì" is not "ở đâu"', () => {
    expect(faqTerms('smart hai phong la gi')).toContain('la_gi');
    expect(faqTerms('smart hai phong la gi')).not.toContain('o_dau');
  });
  it('pairs content words across a dropped word too', () => {
    expect(faqTerms('quên cái mật khẩu')).toEqual(expect.arrayContaining(['quen_mat', 'mat_khau']));
  });
});

describe('contentWords', () => {
  it('drops the classifier "cái" but keeps "cài" (install)', () => {
    expect(contentWords('VNeID là cái ứng dụng gì')).not.toContain('cai');
    expect(contentWords('cài VNeID ở đâu')).toContain('cai');
  });
});
