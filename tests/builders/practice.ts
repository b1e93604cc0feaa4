import type { PracticeItem, PracticeSide } from '../../src/core/practice/practice-schema';

const side = (over: Partial<PracticeSide> = {}): PracticeSide => ({
  from: 'NganHang-X',
  subtitle: 'Hôm nay 08:15',
  parts: [
    { id: 'p1', role: 'text', text: 'Tài khoản của bác sẽ bị khoá.' },
    { id: 'p2', role: 'link', text: 'http://nganhang-x.top' },
  ],
  clues: [
    { part: 'p2', why: 'Đường link lạ, không phải trang ngân hàng.' },
    { part: 'from', why: 'Tên người gửi có thể giả được.' },
  ],
  action: 'Không bấm link. Gọi số in sau thẻ.',
  ...over,
});

/** A practice item with overridable parts; `side` overrides apply to both languages. */
export const aPracticeItem = (over: Partial<PracticeItem> = {}, sideOver: Partial<PracticeSide> = {}): PracticeItem => ({
  id: 'sms-test',
  kind: 'sms',
  verdict: 'scam',
  checked: '2026-12',
  teaches: { lesson: 'fraud-bank-sms', card: 'links' },
  sources: [{ site: 'example.gov.vn', title: 'Trang nguồn', date: '2026-12-01' }],
  vi: side(sideOver),
  en: side({ subtitle: 'Today 08:15', action: 'Do not tap the link.', ...sideOver }),
  ...over,
});
