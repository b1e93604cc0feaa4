import { describe, expect, it } from 'vitest';
import { aSurveyAnswers } from '../../../tests/builders/survey';
import { buildCityOverview, lastMonths, monthEndTrend, paceFrom } from './build-reports';
import { indicatorValues } from './indicators';
import { householdKeys } from './report-keys';
import { trainingPlan } from './training-plan';

describe('report keys', () => {
  it('counts a household towards what its survey says and what it finished', () => {
    const keys = householdKeys(
      {
        passed: ['a', 'b', 'c'],
        required: ['a', 'b'],
        survey: aSurveyAnswers({ uses: { vneidLevel: 2 }, wantsToLearn: { topics: ['vneid'], other: ' ' } }),
      },
      [
        { id: 't', lessons: ['b', 'c'] },
        { id: 'u', lessons: ['d'] },
      ],
    );
    expect(keys).toEqual([
      'households',
      'surveyed',
      'has:smartphone',
      'has:zalo',
      'has:vneid2',
      'has:cashless',
      'need:vneid',
      'complete',
      'track:t',
    ]);
    expect(householdKeys({ passed: [], required: [], survey: null }, [])).toEqual(['households']);
  });
});

describe('indicators', () => {
  it('hide 1 and 2 (counts and denominators) only when asked', () => {
    const c = { households: 10, surveyed: 2, complete: 3, 'has:zalo': 1 } as const;
    expect(indicatorValues(c, true).slice(0, 3)).toEqual([
      { id: 'reach', count: null, of: 10, pct: null },
      { id: 'completed', count: 3, of: 10, pct: 30 },
      { id: 'smartphone', count: 0, of: null, pct: null },
    ]);
    expect(indicatorValues(c, false)[0]).toEqual({ id: 'reach', count: 2, of: 10, pct: 20 });
  });
});

describe('training plan', () => {
  it('puts the largest need first, ties in a fixed order, and leaves out what nobody needs', () => {
    const plan = trainingPlan({
      households: 10,
      surveyed: 8,
      'has:smartphone': 8,
      'has:zalo': 8,
      'has:vneid2': 2,
      'has:online_services': 6,
      'has:cashless': 8,
      'has:smart_hai_phong': 8,
      'need:zalo': 2,
    });
    expect(plan).toEqual([
      { kind: 'lacks', fact: 'vneid2', households: 6 },
      { kind: 'survey', households: 2 },
      { kind: 'lacks', fact: 'online_services', households: 2 },
      { kind: 'wants', need: 'zalo', households: 2 },
    ]);
  });
});

describe('trend and pace', () => {
  it('month ends are running sums of the monthly changes', () => {
    const months = lastMonths('2026-12-05', 3);
    expect(months).toEqual(['2026-10', '2026-11', '2026-12']);
    const trend = monthEndTrend(
      [
        { month: '2026-09', key: 'households', n: 5 },
        { month: '2026-11', key: 'households', n: 2 },
        { month: '2026-11', key: 'complete', n: 1 },
        { month: '2026-12', key: 'complete', n: -1 },
      ],
      months,
    );
    expect(trend).toEqual([
      { month: '2026-10', households: 5, surveyed: 0, complete: 0 },
      { month: '2026-11', households: 7, surveyed: 0, complete: 1 },
      { month: '2026-12', households: 7, surveyed: 0, complete: 0 },
    ]);
    expect(paceFrom('2026-12-05')).toBe('2026-11-08');
  });
});

describe('city overview', () => {
  it('marks the bottom quarter on completion, and wards behind a target', () => {
    const wards = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ wardId: id, wardName: id.toUpperCase(), targets: [] }));
    const counts = new Map(wards.map((w, i) => [w.wardId, { households: 100, complete: 10 * (i + 1) }]));
    const late = { ...wards[4], targets: [{ indicator: 'completed' as const, share: 100, by: '2026-12-31' }] };
    const view = buildCityOverview({
      today: '2026-12-05',
      wards: [...wards.slice(0, 4), late],
      counts,
      gained: new Map(),
    });
    expect(view.wards.map((w) => w.lagging)).toEqual([true, false, false, false, true]);
    expect(view.city.indicators[1]).toEqual({ id: 'completed', count: 150, of: 500, pct: 30 });
  });
});
