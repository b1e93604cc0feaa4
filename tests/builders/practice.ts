import type { PracticeItem, PracticeKind, PracticeSide, Verdict } from '../../src/core/practice/practice-schema';

/** One language of an item: two parts and a clue on each, plus one on the sender. */
export const aSide = (over: Partial<PracticeSide> = {}): PracticeSide => ({
  from: 'Ngân hàng',
  subtitle: 'Tin nhắn · 08:15',
  parts: [
    { id: 'body', role: 'text', text: 'Tài khoản sẽ bị khóa.' },
    { id: 'link', role: 'link', text: 'nganhang-xacminh.top' },
  ],
  clues: [
    { part: 'from', why: 'Tên người gửi giả được.' },
    { part: 'link', why: 'Đuôi .top không phải trang ngân hàng.' },
  ],
  action: 'Không bấm đường link.',
  ...over,
});

/** A valid item as plain data (what YAML gives), pointing at lesson "l1" card "c1". */
export const anItem = (over: Partial<PracticeItem> = {}): PracticeItem => ({
  id: 'sms-test',
  kind: 'sms',
  verdict: 'scam',
  checked: '2026-12',
  teaches: { lesson: 'l1', card: 'c1' },
  sources: [{ site: 'example.gov.vn', title: 'Trang nguồn', date: '2026-11-02' }],
  vi: aSide(),
  en: aSide({ from: 'Bank', subtitle: 'Text · 08:15', action: 'Do not tap the link.' }),
  ...over,
});

/** A pool of n valid items, `genuine` of them genuine, kinds taken in turn from `kinds`. */
export const aPool = (n: number, genuine: number, kinds: readonly PracticeKind[]): PracticeItem[] =>
  Array.from({ length: n }, (_, i) =>
    anItem({ id: `item-${i}`, kind: kinds[i % kinds.length], verdict: (i < genuine ? 'genuine' : 'scam') as Verdict }),
  );
