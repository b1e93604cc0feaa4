import { describe, expect, it } from 'vitest';
import { emptyProgress, recordQuiz } from '../progress/progress';
import {
  applyBatchResults,
  backfill,
  backoffDelay,
  dropInvalid,
  emptyOutbox,
  enqueue,
  MAX_BATCH,
  nextBatch,
  parseOutbox,
  type OutboxItem,
} from './outbox';

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const anItem = (over: Partial<OutboxItem> = {}): OutboxItem => ({
  id: uuid(),
  lessonId: 'vneid-install',
  lessonVersion: 1,
  score: 1,
  passed: true,
  completedAt: '2026-11-20T08:00:00.000Z',
  ...over,
});
const at = new Date('2026-11-21T00:00:00Z');

describe('enqueue and nextBatch', () => {
  it('keeps results in order, never the same id twice, and remembers passed lessons', () => {
    const a = anItem();
    const b = anItem({ lessonId: 'vneid-levels', passed: false, score: 0.5 });
    const o = enqueue(enqueue(enqueue(emptyOutbox(), a), b), a);
    expect(o.items).toEqual([a, b]);
    expect(o.reported).toEqual(['vneid-install']);
  });
  it('sends at most the batch limit, oldest first', () => {
    let o = emptyOutbox();
    for (let i = 0; i < MAX_BATCH + 5; i++) o = enqueue(o, anItem());
    const batch = nextBatch(o);
    expect(batch).toHaveLength(MAX_BATCH);
    expect(batch[0]).toBe(o.items[0]);
  });
});

describe('backoffDelay', () => {
  it('doubles from 2 s and stops at a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((f) => backoffDelay(f))).toEqual([
      2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ]);
    expect(backoffDelay(-3)).toBe(2000);
  });
});

describe('applyBatchResults', () => {
  it('removes recorded and duplicate items, drops rejected ones with a note, keeps unanswered ones', () => {
    const [a, b, c, d] = [anItem(), anItem(), anItem({ lessonId: 'no-such-lesson' }), anItem()];
    const o = [a, b, c, d].reduce(enqueue, emptyOutbox());
    const after = applyBatchResults(
      o,
      [
        { id: a.id, status: 'recorded' },
        { id: b.id, status: 'duplicate' },
        { id: c.id, status: 'rejected', error: { code: 'unknown_lesson', message: 'lessonId: there is no lesson' } },
      ],
      at,
    );
    expect(after.items).toEqual([d]);
    expect(after.notes).toEqual([
      {
        id: c.id,
        lessonId: 'no-such-lesson',
        code: 'unknown_lesson',
        message: 'lessonId: there is no lesson',
        at: at.toISOString(),
      },
    ]);
  });
  it('ignores answers about ids it does not hold', () => {
    const o = enqueue(emptyOutbox(), anItem());
    expect(applyBatchResults(o, [{ id: uuid(), status: 'recorded' }], at).items).toEqual(o.items);
  });
});

describe('dropInvalid', () => {
  it('drops the item a whole-batch 400 names, and nothing when it names none', () => {
    const items = [anItem(), anItem(), anItem()];
    const o = items.reduce(enqueue, emptyOutbox());
    const after = dropInvalid(o, items, 'items.1.lessonVersion', 'invalid_input', 'bad', at);
    expect(after.items.map((i) => i.id)).toEqual([items[0].id, items[2].id]);
    expect(after.notes[0]).toMatchObject({ id: items[1].id, code: 'invalid_input' });
    expect(dropInvalid(o, items, 'body', 'invalid_input', 'bad', at)).toBe(o);
    expect(dropInvalid(o, items, undefined, 'invalid_json', 'bad', at)).toBe(o);
  });
});

describe('backfill', () => {
  it('queues lessons passed before consent exactly once, with their pass date and version', () => {
    let p = recordQuiz(emptyProgress(), 'vneid-install', 0.9, true, at);
    p = recordQuiz(p, 'vneid-levels', 0.4, false, at);
    p = recordQuiz(p, 'gone-lesson', 1, true, at);
    const versions: Record<string, number> = { 'vneid-install': 3, 'vneid-levels': 1 };
    const once = backfill(emptyOutbox(), p, (id) => versions[id], uuid);
    expect(once.items).toHaveLength(1);
    expect(once.items[0]).toMatchObject({
      lessonId: 'vneid-install',
      lessonVersion: 3,
      score: 0.9,
      passed: true,
      completedAt: at.toISOString(),
    });
    const sent = applyBatchResults(once, [{ id: once.items[0].id, status: 'recorded' }], at);
    expect(backfill(sent, p, (id) => versions[id], uuid).items).toEqual([]);
  });
});

describe('parseOutbox', () => {
  it('keeps what is valid and drops broken entries instead of crashing', () => {
    const good = anItem();
    const saved = {
      items: [
        good,
        good,
        { ...anItem(), id: 'not-a-uuid' },
        { ...anItem(), score: 7 },
        { ...anItem(), completedAt: 'yesterday' },
        null,
        'x',
      ],
      reported: ['vneid-install', 3, 'vneid-install'],
      notes: [{ id: 'a', lessonId: 'b', code: 'c', message: 'd', at: at.toISOString() }, { id: 1 }],
    };
    const o = parseOutbox(JSON.parse(JSON.stringify(saved)));
    expect(o.items).toEqual([good]);
    expect(o.reported).toEqual(['vneid-install']);
    expect(o.notes).toHaveLength(1);
  });
  it('starts empty from anything that is not an outbox', () => {
    for (const raw of [undefined, null, 'garbage', [1, 2], { items: 'x', reported: {}, notes: 5 }])
      expect(parseOutbox(raw)).toEqual(emptyOutbox());
  });
});
