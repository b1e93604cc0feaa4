import { describe, expect, it } from 'vitest';
import { suppressSmall } from './suppress';

describe('suppressSmall', () => {
  it('hides counts below 3 and shows 3 and more', () => {
    expect([0, 1, 2].map((n) => suppressSmall(n))).toEqual(Array(3).fill({ value: null, suppressed: true }));
    expect(suppressSmall(3)).toEqual({ value: 3, suppressed: false });
    expect(suppressSmall(40)).toEqual({ value: 40, suppressed: false });
  });
});
