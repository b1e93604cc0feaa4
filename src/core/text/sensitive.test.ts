import { describe, expect, it } from 'vitest';
import { findSensitive, maskSensitive, scrub, type Sensitive } from './sensitive';

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
    expect(scrub('gọi 0912 345 678 hoặc mail ba.lan@gmail.com, xem https://x.top/a')).toBe(
      'gọi [số] hoặc mail [email], xem [link]',
    );
  });
});

/** A round of probing: each phrasing must be found as its kind, each ordinary message must be left alone. */
function probeRound(title: string, found: readonly (readonly [string, Sensitive])[], leftAlone: readonly string[]) {
  describe(title, () => {
    it.each(found)('%s → %s', (text, kind) => {
      expect(findSensitive(text)).toContain(kind);
    });
    it.each(leftAlone)('leaves "%s" alone', (text) => {
      expect(findSensitive(text)).toEqual([]);
    });
  });
}

probeRound(
  'findSensitive, phrasings found by the hardening probe',
  [
    ['my password is Hoa@1960abc', 'password'],
    ['pass zalo: matkhau123', 'password'],
    ['mk zalo la hoa1960', 'password'],
    ['mat khau vneid cua bac la Abc@12345 sao dang nhap khong duoc', 'password'],
    ['PIN 6917', 'passcode'],
    ['mã pin là 691788', 'passcode'],
    ['so cccd 0312\u200B3456\u200B7890', 'id_number'],
    ['số căn cước ０３１２３４５６７８９０', 'id_number'],
    ['căn cước 031 234 567 890', 'id_number'],
  ],
  [
    'gọi 0912 345 678 được không',
    'mật khẩu VNeID phải có mấy ký tự',
    'forgot my password, what do I do',
    'cài pin dự phòng cho điện thoại',
  ],
);

probeRound(
  'findSensitive, cards, accounts and bare passwords (issue 11)',
  [
    ['số thẻ của bác 4111 1111 1111 1111 hết hạn 12/27', 'card_number'],
    ['the atm 9704123456789012', 'card_number'],
    ['stk cua bac 1903 5678 9012 ở techcombank', 'account_number'],
    ['so tai khoan 0123456789 co bi lo khong', 'account_number'],
    ['mk vneid Abc@12345 sao ko vao dc', 'password'],
    ['mật khẩu vneid của bác Hoa1960! đăng nhập không được', 'password'],
  ],
  ['tài khoản zalo số 0912 345 678 bị khóa', 'mật khẩu vneid phải có chữ hoa và số', 'quên mật khẩu vneid thì làm sao'],
);

describe('maskSensitive', () => {
  it('masks long numbers but their last four digits, and written-out passwords', () => {
    expect(maskSensitive('căn cước 031234567890')).toBe('căn cước ••••••••7890');
    expect(maskSensitive('mk vneid Abc@12345 sao ko vao dc')).not.toContain('Abc@12345');
    expect(maskSensitive('mã otp 482913 gửi về máy')).not.toContain('482913');
  });
  it('leaves a message without secrets as it was', () => {
    expect(maskSensitive('gọi 0912 345 678 được không')).toBe('gọi 0912 345 678 được không');
  });
});
