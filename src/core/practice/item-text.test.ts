import { describe, expect, it } from 'vitest';
import { defang, itemText } from './item-text';
import type { PracticeItem } from './practice-schema';

const words = {
  kind: {
    sms: 'Tin nhắn SMS',
    zalo: 'Tin nhắn Zalo',
    call: 'Cuộc gọi',
    web: 'Trang web',
    qr: 'Mã QR',
    notification: 'Thông báo',
  },
};
const side = (from: string) => ({
  from,
  subtitle: 'hôm nay',
  parts: [
    { id: 'say', role: 'text' as const, text: 'Bác bấm vào đây' },
    { id: 'link', role: 'link' as const, text: 'https://evn-hoadon.vip/tra' },
    { id: 'pay', role: 'amount' as const, text: '500.000 đ' },
  ],
  clues: [{ part: 'link', why: 'Không phải trang của EVN.' }],
  action: 'Không bấm.',
});
const item = (kind: PracticeItem['kind'], from = 'EVN-CSKH'): PracticeItem => ({
  id: 'x',
  kind,
  verdict: 'scam',
  checked: '2026-12',
  teaches: { lesson: 'l', card: 'c' },
  sources: [{ site: 's', title: 't', date: '2026-01' }],
  vi: side(from),
  en: side(from),
});

describe('an item as text', () => {
  it('says what arrived and from whom, and never leaves an address a chat app could make tappable', () => {
    const text = itemText(item('sms'), 'vi', words);
    expect(text.split('\n')[0]).toBe('Tin nhắn SMS: EVN-CSKH (hôm nay)');
    expect(text).toContain('🔗 hxxps://evn-hoadon[.]vip/tra');
    expect(text).not.toMatch(/evn-hoadon\.vip/);
    expect(itemText(item('web', 'dichvucong-gov.top'), 'vi', words)).toContain('Trang web: dichvucong-gov[.]top');
  });

  it('quotes what a caller says, line by line', () => {
    expect(itemText(item('call'), 'vi', words)).toContain('— “Bác bấm vào đây”');
    expect(defang('a.b.c')).toBe('a[.]b[.]c');
  });
});
