import { describe, expect, it } from 'vitest';
import { criteriaFromQuery, queryOfCriteria } from './list-search';

const from = (q: string) => criteriaFromQuery(new URLSearchParams(q));

describe('the household list in its URL', () => {
  it('reads the filters a training-plan item links with, and writes them back', () => {
    expect(from('filter=no_survey&areaId=le-chan%2F3')).toEqual({
      filter: 'no_survey',
      areaId: 'le-chan/3',
      q: undefined,
    });
    expect(from('lacks=vneid2')).toMatchObject({ lacks: 'vneid2' });
    expect(from('wants=online-safety')).toMatchObject({ wants: 'online-safety' });
    expect(queryOfCriteria(from('lacks=vneid2&wants=vneid&areaId=a'))).toBe('?lacks=vneid2&wants=vneid&areaId=a');
  });

  it('ignores values the service would refuse, so an old link shows the whole list', () => {
    expect(from('lacks=car&wants=golf&filter=all')).toEqual({ areaId: undefined, filter: undefined, q: undefined });
  });
});
