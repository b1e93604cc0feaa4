import { describe, expect, it } from 'vitest';
import { detectLang } from './detect-lang';

describe('detectLang', () => {
  it.each([
    ['Quên mật khẩu VNeID thì làm sao?', 'vi'],
    ['quen mat khau vneid thi lam sao', 'vi'],
    ['vn eid quen mk thi lm ntn', 'vi'],
    ['dk tk smart hp ntn', 'vi'],
    ['VNeID hai máy', 'vi'],
    ['where do I install vneid', 'en'],
    ['What is the Smart Hải Phòng app?', 'en'],
    ['Zalo says "Có phải bạn vừa yêu cầu mã kích hoạt?". What does it mean?', 'en'],
    ['someone called saying he is police and asked for my otp', 'en'],
    ['is a .vip link a scam', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
  it('leaves a bare name or number to Vietnamese', () => {
    expect(detectLang('vneid')).toBe('vi');
    expect(detectLang('113')).toBe('vi');
  });
});
