import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../bot/content/read-yaml';
import { loadPractice } from '../../bot/content/load-practice';
import { checkPracticeItem } from '../../src/core/practice/check-practice';

describe('the practice items', () => {
  it('pass their checks against the real lessons, and the pool is balanced', async () => {
    const { problems, pool, items } = await loadPractice();
    expect(problems).toEqual([]);
    expect(pool).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(40);
  });

  it('report a problem at its line in the YAML file', () => {
    const yaml = [
      'id: sms-x',
      'kind: sms',
      'verdict: scam',
      'checked: 2026-12',
      'teaches: { lesson: l1, card: c9 }',
      'sources: [{ site: a.vn, title: T, date: 2026-01 }]',
      'vi: { from: A, parts: [{ id: p, text: t }], clues: [{ part: q, why: w }], action: x }',
      'en: { from: A, parts: [{ id: p, text: t }], clues: [{ part: p, why: w }], action: x }',
    ].join('\n');
    const { problems } = checkPracticeItem(
      parseYamlSource(yaml, 'lessons/practice/sms-x.yaml'),
      new Map([['l1', new Set(['c1'])]]),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'lessons/practice/sms-x.yaml',
        line: 5,
        message: expect.stringContaining('no card "c9"'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ line: 7, message: expect.stringContaining('clue points at "q"') }),
    );
  });
});
