import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from './answer-policy';
import { compileConcepts } from './concepts';
import { createCoverage } from './coverage';

const concepts = compileConcepts([
  { id: 'bank', topics: ['payments'], weight: 1, terms: ['ngân hàng', 'bank'] },
  { id: 'smart-hp', topics: ['smart-hp'], weight: 1, terms: ['smart hải phòng'] },
  { id: 'code', topics: ['fraud'], weight: 0.6, terms: ['mật khẩu', 'otp', 'password'] },
  { id: 'device', weight: 1, terms: ['điện thoại'] },
]);
const entries = [
  {
    faqId: 'vneid-forgot',
    texts: [
      'Quên mật khẩu VNeID thì làm thế nào?',
      'Bấm "Quên mật khẩu" trên màn hình đăng nhập VNeID, gõ số căn cước.',
    ],
  },
  { faqId: 'otp-what', texts: ['Mã OTP là gì?', 'Mã gồm vài con số gửi về điện thoại, dùng một lần.'] },
  { faqId: 'smarthp-install', texts: ['Cài Smart Hải Phòng ở đâu?', 'Tải từ CH Play hoặc App Store trên điện thoại.'] },
];
// Three entries only: a word in one of them is already a third of the corpus, so "common" starts higher here.
const cov = createCoverage(entries, concepts, { commonShare: 0.5 });

describe('coverage', () => {
  it('is full when the entry explains every salient word, asking words and politeness aside', () => {
    expect(cov.of('vneid-forgot', 'cháu ơi bác quên mật khẩu vneid thì làm sao hả cháu').share).toBe(1);
    expect(cov.of('vneid-forgot', 'I forgot my vneid password, how do I get it back').missing).not.toContain('how');
  });
  it('names what the entry leaves unexplained: a concept it never mentions weighs most', () => {
    const c = cov.of('vneid-forgot', 'quên mật khẩu app ngân hàng thì làm sao');
    expect(c.missing).toContain('@bank');
    expect(c.share).toBeLessThan(DEFAULT_THRESHOLDS.minCoverage);
    expect(cov.of('vneid-forgot', 'Smart Hải Phòng quên mật khẩu').missing).toEqual(['@smart-hp']);
  });
  it('counts a word no entry uses at all, but at a lower weight than a known one', () => {
    const unknown = cov.of('smarthp-install', 'cài smart hải phòng trên khaisinh');
    const known = cov.of('smarthp-install', 'cài smart hải phòng trên vneid');
    expect(unknown.missing).toEqual(['khaisinh']);
    expect(unknown.share).toBeGreaterThan(known.share);
  });
  it('leaves out concepts every topic uses (a phone)', () => {
    expect(cov.salient('điện thoại').map((s) => s.unit)).toEqual([]);
  });
});
