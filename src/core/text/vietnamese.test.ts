import { describe, expect, it } from 'vitest';
import { expandShorthand } from './teencode';
import { foldVi, hasDiacritics, normalizeVi, syllables } from './vietnamese';

describe('Vietnamese text', () => {
  it('normalises Unicode forms and old-style tone placement', () => {
    const decomposed = 'Hoa\u0300'; // "Hoà" typed with a combining accent
    expect(normalizeVi(decomposed)).toBe('hòa');
    expect(normalizeVi('hoá đơn, thuỷ, khoẻ')).toBe('hóa đơn, thủy, khỏe');
    expect(normalizeVi('hoàn thành')).toBe('hoàn thành'); // not at the end of a word: untouched
  });
  it('folds every diacritic including đ', () => {
    expect(foldVi('Điện thoại ĐÃ bị khoá')).toBe('dien thoai da bi khoa');
    expect(hasDiacritics('quen mat khau')).toBe(false);
    expect(hasDiacritics('quên mật khẩu')).toBe(true);
  });
  it('expands teencode and abbreviations', () => {
    expect(expandShorthand('ko nhận dc OTP thì lm j')).toBe('khong nhan duoc otp thi lam gi');
    expect(expandShorthand('vn eid quen mk')).toBe('vneid quen mat khau');
    expect(expandShorthand('cài smart hp ntn')).toBe('cai smart hai phong nhu the nao');
    expect(expandShorthand('đổi sđt trên CCCD, BHYT, GPLX')).toBe(
      'doi so dien thoai tren can cuoc bao hiem y te giay phep lai xe',
    );
    expect(expandShorthand('con nhan mess, fb muon tien')).toBe('con nhan messenger facebook muon tien');
    expect(syllables('a, b;c')).toEqual(['a', 'b', 'c']);
  });
});
