import { describe, expect, it } from 'vitest';
import { checkAreas } from './areas-schema';

const src = (data: unknown) => ({ file: 'bot/config/areas.yaml', data, lineOf: () => 4 });
const ward = (id: string, name: string, areas: unknown = 'to-fill-in') => ({ id, name, areas });
const plan = [
  ward('phu-lien', 'Phường Phù Liễn'),
  ward('thanh-mien', 'Xã Thanh Miện'),
  ward('le-dai-hanh', 'Phường Lê Đại Hành'),
  ward('viet-hoa', 'Phường Việt Hòa', ['Tổ dân phố 1']),
];

describe('checkAreas', () => {
  it('accepts the four plan wards and warns (does not fail) for each placeholder', () => {
    const r = checkAreas(src({ wards: plan }));
    expect(r.problems).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('Phường Phù Liễn'),
      expect.stringContaining('Xã Thanh Miện'),
      expect.stringContaining('Phường Lê Đại Hành'),
    ]);
  });
  it('fails when a plan ward is missing or renamed, or a placeholder is misspelt', () => {
    expect(checkAreas(src({ wards: [ward('le-chan', 'Phường Lê Chân', ['Tổ 1'])] })).problems).toHaveLength(4);
    expect(checkAreas(src({ wards: [...plan.slice(1), ward('phu-lien', 'Phù Liễn')] })).problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('must be named "Phường Phù Liễn"') }),
    ]);
    expect(checkAreas(src({ wards: [ward('phu-lien', 'Phường Phù Liễn', 'todo')] })).problems[0].message).toContain(
      'to-fill-in',
    );
  });
});
