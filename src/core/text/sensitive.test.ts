import { describe, expect, it } from 'vitest';
import { findSensitive, scrub } from './sensitive';

describe('findSensitive', () => {
  it('spots ID numbers, codes, passcodes and passwords, with or without diacritics', () => {
    expect(findSensitive('số căn cước của bác là 031234567890')).toEqual(['id_number']);
    expect(findSensitive('ma otp 482913 gui ve may bac')).toEqual(['otp']);
    expect(findSensitive('Mã xác nhận là 4829 đúng không cháu')).toEqual(['otp']);
    expect(findSensitive('passcode của bác là 246810')).toEqual(['passcode']);
    expect(findSensitive('mật khẩu là Hoa@1960abc')).toEqual(['password']);
    expect(findSensitive('mk: abc12345')).toEqual(['password']);
  });
  it('leaves ordinary questions alone', () => {
    expect(findSensitive('quên mật khẩu vneid thì làm sao')).toEqual([]);
    expect(findSensitive('gọi 156 hay 113')).toEqual([]);
    expect(findSensitive('nhắn 5656 thế nào')).toEqual([]);
    expect(findSensitive('năm 2025 có gì mới')).toEqual([]);
  });
});

describe('scrub', () => {
  it('removes numbers, e-mails and links but keeps the wording', () => {
    expect(scrub('gọi 0912 345 678 hoặc mail ba.lan@gmail.com, xem https://x.top/a')).toBe('gọi [số] hoặc mail [email], xem [link]');
  });
});

describe('findSensitive, phrasings found by the hardening probe', () => {
  it.each([
    ['my password is Hoa@1960abc', 'password'],
    ['pass zalo: matkhau123', 'password'],
    ['mk zalo la hoa1960', 'password'],
    ['mat khau vneid cua bac la Abc@12345 sao dang nhap khong duoc', 'password'],
    ['PIN 6917', 'passcode'],
    ['mã pin là 691788', 'passcode'],
    ['so cccd 0312\u200B3456\u200B7890', 'id_number'],
    ['số căn cước ０３１２３４５６７８９０', 'id_number'],
    ['căn cước 031 234 567 890', 'id_number'],
  ] as const)('%s → %s', (text, kind) => {
    expect(findSensitive(text)).toContain(kind);
  });
  it('still leaves phone numbers and questions about passwords alone', () => {
    expect(findSensitive('gọi 0912 345 678 được không')).toEqual([]);
    expect(findSensitive('mật khẩu VNeID phải có mấy ký tự')).toEqual([]);
    expect(findSensitive('forgot my password, what do I do')).toEqual([]);
    expect(findSensitive('cài pin dự phòng cho điện thoại')).toEqual([]);
  });
});
