import { describe, expect, it } from 'vitest';
import { throttledLog } from './throttled-log';

describe('throttledLog', () => {
  it('writes one line a window per kind and counts the rest', () => {
    const lines: string[] = [];
    let t = 0;
    const log = throttledLog(
      (m) => lines.push(m),
      60_000,
      () => t,
    );
    for (let i = 0; i < 500; i++) log('bad_signature', 'rejected');
    log('missing_signature', 'unsigned');
    t = 61_000;
    log('bad_signature', 'rejected');
    expect(lines).toEqual(['rejected', 'unsigned', 'rejected (499 more like it since the last line)']);
  });
});
