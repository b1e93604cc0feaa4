import { describe, expect, it } from 'vitest';
import { dropClassifiers } from './classifier';

describe('dropClassifiers', () => {
  it('drops an accented "cái" and keeps "cài" (install)', () => {
    expect(dropClassifiers('Cái app này là gì?')).toBe('app này là gì');
    expect(dropClassifiers('cài cái ứng dụng ở đâu')).toBe('cài ứng dụng ở đâu');
  });
  it('reads an unaccented "cai" from its neighbours', () => {
    expect(dropClassifiers('vneid la cai gi')).toBe('vneid la gi');
    expect(dropClassifiers('tai cai app smart hp')).toBe('tai app smart hp');
    expect(dropClassifiers('cai vneid o dau')).toBe('cai vneid o dau');
  });
});
