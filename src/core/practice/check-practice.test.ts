import { describe, expect, it } from 'vitest';
import { aPool, aSide, anItem } from '../../../tests/builders/practice';
import type { SourceFile } from '../content/problem';
import { checkPractice, checkPracticeItem, lessonCards } from './check-practice';
import { checkPool } from './practice-pool';
import { PRACTICE_KINDS, type PracticeItem } from './practice-schema';

const cards = new Map([['l1', new Set(['c1', 'c2'])]]);
/** A source whose line for any path is its depth, so tests can see that problems carry a line. */
const src = (data: unknown, file = 'lessons/practice/sms-test.yaml'): SourceFile => ({
  file,
  data,
  lineOf: (p) => p.length + 1,
});
const messages = (data: unknown, file?: string) =>
  checkPracticeItem(src(data, file), cards).problems.map((p) => p.message);

describe('checkPracticeItem', () => {
  it('passes a valid item and returns it parsed', () => {
    const r = checkPracticeItem(src(anItem()), cards);
    expect(r.problems).toEqual([]);
    expect(r.item?.id).toBe('sms-test');
  });
  it('reports schema problems with file, line and key', () => {
    const { problems } = checkPracticeItem(src({ ...anItem(), kind: 'fax', extra: 1 }), cards);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'lessons/practice/sms-test.yaml',
        line: 2,
        message: expect.stringContaining('kind:'),
      }),
    );
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('(extra)'));
  });
  it('fails an id that is not the file name', () => {
    expect(messages(anItem(), 'lessons/practice/other-name.yaml')).toContainEqual(
      expect.stringContaining('file is named "other-name"'),
    );
  });
  it('fails a part id used twice, and the reserved id "from"', () => {
    const parts = [
      { id: 'body', role: 'text' as const, text: 'a' },
      { id: 'body', role: 'text' as const, text: 'b' },
      { id: 'from', role: 'text' as const, text: 'c' },
    ];
    const side = aSide({ parts, clues: [{ part: 'body', why: 'vì' }] });
    const m = messages(anItem({ vi: side, en: side }));
    expect(m).toContainEqual(expect.stringContaining('duplicate part id "body"'));
    expect(m).toContainEqual(expect.stringContaining('part id "from" is kept for the sender line'));
  });
  it('fails a clue that points at nothing shown', () => {
    const side = aSide({ clues: [{ part: 'button', why: 'vì' }] });
    expect(messages(anItem({ vi: side, en: side }))).toContainEqual(expect.stringContaining('clue points at "button"'));
  });
  it('fails a why of more than one sentence', () => {
    const side = aSide({ clues: [{ part: 'link', why: 'Đuôi .top là trang giả. Đừng bấm.' }] });
    expect(messages(anItem({ vi: side, en: side }))).toContainEqual(
      expect.stringContaining('why: say it in one sentence'),
    );
    expect(
      messages(
        anItem({ vi: aSide({ clues: [{ part: 'link', why: 'Trang "an toàn" có đuôi .top, tức là giả.' }] }) }),
      ).filter((m) => m.includes('one sentence')),
    ).toEqual([]);
  });
  it('fails an action that sends the resident to a link or number the item showed', () => {
    const parts = [
      { id: 'call', role: 'text' as const, text: 'Gọi lại số 0912 xxx 789 để xác minh.' },
      { id: 'link', role: 'link' as const, text: 'https://nganhang-xacminh.top/login' },
    ];
    const back = aSide({ parts, action: 'Gọi lại số 0912 xxx 789 cho chắc.' });
    const site = aSide({ parts, action: 'Tự mở nganhang-xacminh.top để kiểm tra.' });
    expect(messages(anItem({ vi: back, en: { ...back, action: 'Hang up.' } }))).toContainEqual(
      expect.stringContaining('action repeats "0912 xxx 789"'),
    );
    expect(messages(anItem({ vi: site, en: { ...site, action: 'Hang up.' } }))).toContainEqual(
      expect.stringContaining('action repeats "nganhang-xacminh.top"'),
    );
  });
  it('fails vi/en parts that differ in id, order or role', () => {
    const [body, link] = aSide().parts;
    expect(messages(anItem({ en: aSide({ parts: [link, body] }) }))).toContainEqual(
      expect.stringContaining('vi/en mismatch: parts differ'),
    );
    expect(messages(anItem({ en: aSide({ parts: [body, { ...link, role: 'button' }] }) }))).toContainEqual(
      expect.stringContaining('link (button)'),
    );
  });
  it('fails vi/en clues on different parts or in a different order', () => {
    const [onFrom, onLink] = aSide().clues;
    expect(messages(anItem({ en: aSide({ clues: [onLink, onFrom] }) }))).toContainEqual(
      expect.stringContaining('vi/en mismatch: clue parts differ'),
    );
  });
  it('fails a subtitle in one language only', () => {
    expect(messages(anItem({ en: aSide({ subtitle: undefined }) }))).toContainEqual(
      expect.stringContaining('subtitle in one language only'),
    );
  });
  it('fails a lesson or a card that does not exist', () => {
    expect(messages(anItem({ teaches: { lesson: 'nope', card: 'c1' } }))).toContainEqual(
      expect.stringContaining('lesson "nope" does not exist'),
    );
    expect(messages(anItem({ teaches: { lesson: 'l1', card: 'c9' } }))).toContainEqual(
      expect.stringContaining('has no card "c9" (cards: c1, c2)'),
    );
  });
});

describe('checkPool', () => {
  const all = PRACTICE_KINDS;
  it('passes 42 items with 15 genuine over every kind, and prints the figures', () => {
    const { problems, figures } = checkPool(aPool(42, 15, all), 'lessons/practice');
    expect(problems).toEqual([]);
    expect(figures[0]).toBe('42 items, 15 genuine (36 %), sms 7, zalo 7, call 7, web 7, qr 7, notification 7');
  });
  it('fails fewer than 40 items', () => {
    expect(checkPool(aPool(39, 13, all), 'd').problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('has 39 items; it needs at least 40'),
    );
  });
  it('fails a genuine share under a third or over two thirds', () => {
    expect(checkPool(aPool(42, 13, all), 'd').problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('13 of 42 items are genuine (31 %)'),
    );
    expect(checkPool(aPool(42, 29, all), 'd').problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('29 of 42 items are genuine (69 %)'),
    );
  });
  it('fails a kind with fewer than 3 items', () => {
    const items: PracticeItem[] = [
      ...aPool(40, 14, ['sms', 'zalo', 'call', 'web', 'qr']),
      anItem({ id: 'n1', kind: 'notification' }),
      anItem({ id: 'n2', kind: 'notification' }),
    ];
    const m = checkPool(items, 'd').problems.map((p) => p.message);
    expect(m).toEqual([expect.stringContaining('kind "notification" has 2 item(s)')]);
  });
});

describe('checkPractice', () => {
  it('keeps broken items out, and holds back the pool rules until every item passes', () => {
    const broken = src({ ...anItem({ id: 'b' }), verdict: 'maybe' }, 'lessons/practice/b.yaml');
    const r = checkPractice([src(anItem()), broken], cards);
    expect(r.items.map((i) => i.id)).toEqual(['sms-test']);
    expect(r.problems).toHaveLength(1);
    expect(r.pool).toEqual([]);
    expect(checkPractice([src(anItem())], cards).pool.length).toBeGreaterThan(0);
  });
  it('builds the lesson card map from lessons', () => {
    expect(lessonCards([{ id: 'x', cards: [{ id: 'a' }, { id: 'b' }] }] as never).get('x')).toEqual(
      new Set(['a', 'b']),
    );
  });
});
