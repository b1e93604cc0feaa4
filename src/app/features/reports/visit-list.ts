import type { PlanItem } from '../../../core/reports/training-plan';

/**
 * The household list behind a training-plan item: the tổ's households not surveyed yet, lacking a fact, or asking
 * for a topic. The list reads the same parameters back from its URL (routes/staff/list-search.ts).
 */
export function visitListPath(areaId: string, item: PlanItem): string {
  const p = new URLSearchParams();
  if (item.kind === 'survey') p.set('filter', 'no_survey');
  else if (item.kind === 'lacks') p.set('lacks', item.fact);
  else p.set('wants', item.need);
  p.set('areaId', areaId);
  return `/staff/households?${p.toString()}`;
}
