import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { qrPrintHtml, qrSheet } from './qr-print-page';

type Say = Parameters<typeof qrSheet>[2];
const say: Record<'vi' | 'en', Say> = {} as Record<'vi' | 'en', Say>;
beforeAll(async () => {
  for (const lang of ['vi', 'en'] as const) {
    const i18n = await createI18n(lang);
    await i18n.loadNamespaces(['staff']);
    say[lang] = i18n.getFixedT(lang, 'staff');
  }
});

const link = {
  classLabel: '4C',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  link: 'https://zalo.me/s/1/practice?src=abcdefghijklmnop',
};
const sheet = (lang: 'vi' | 'en', practice: boolean, title: string) =>
  qrPrintHtml(qrSheet({ ...link, practice, title }, 'Trường Tiểu học Trần Phú', say[lang], lang)).replace(/\s+/g, ' ');

describe('the printed QR sheet of a school link', () => {
  it('calls a practice link a practice round, not a lesson, in Vietnamese and English', async () => {
    const vi = sheet('vi', true, 'Luyện tập: Thật hay lừa?');
    expect(vi).toContain('<h1>Lớp 4C · Luyện tập phòng lừa đảo</h1>');
    expect(vi).toContain('để chơi một lượt 5 tin nhắn, cuộc gọi');
    expect(vi).not.toMatch(/Bài học|học bài/);
    expect(vi).toContain('<html lang="vi">');
    const en = sheet('en', true, 'Practice: Real or scam?');
    expect(en).toContain('<h1>Class 4C · Scam-spotting practice</h1>');
    expect(en).toContain('to play a round of 5 messages and calls');
    expect(en).not.toMatch(/lesson/i);
    expect(en).toContain('<html lang="en">');
  });

  it('still calls a lesson link a lesson', async () => {
    const vi = sheet('vi', false, 'Cài VNeID');
    expect(vi).toContain('<h1>Lớp 4C · Bài học kỹ năng số</h1>');
    expect(vi).toContain('quét mã QR để học bài');
    expect(sheet('en', false, 'Installing VNeID')).toContain('<h1>Class 4C · Digital skills lesson</h1>');
  });
});
