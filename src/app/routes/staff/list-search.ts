import type { ListCriteria } from '../../features/team/use-household-list';
import type { ListFilter } from '../../api/staff-api';
import { LEARNING_NEEDS, SURVEY_FACTS } from '../../../core/reports/report-keys';

const FILTERS: ListFilter[] = ['not_started', 'in_progress', 'completed', 'needs_visit', 'no_survey'];
/** Only a value the service accepts: an old or mistyped link shows the whole list rather than an error. */
const oneOf = <T extends string>(all: readonly T[], v: string | null): T | undefined =>
  v && (all as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * The list's search, filter and tổ dân phố as a URL query: a reload, a bookmark or "back" brings the same list. A
 * training-plan item links here with `filter=no_survey`, `lacks=<fact>` or `wants=<need>`.
 */
export function criteriaFromQuery(p: URLSearchParams): ListCriteria {
  const c: ListCriteria = {
    areaId: p.get('areaId') || undefined,
    filter: oneOf(FILTERS, p.get('filter')),
    q: p.get('q') || undefined,
  };
  const lacks = oneOf(SURVEY_FACTS, p.get('lacks'));
  const wants = oneOf(LEARNING_NEEDS, p.get('wants'));
  return { ...c, ...(lacks ? { lacks } : {}), ...(wants ? { wants } : {}) };
}

export function queryOfCriteria(c: ListCriteria): string {
  const p = new URLSearchParams();
  if (c.q) p.set('q', c.q);
  if (c.filter) p.set('filter', c.filter);
  if (c.lacks) p.set('lacks', c.lacks);
  if (c.wants) p.set('wants', c.wants);
  if (c.areaId) p.set('areaId', c.areaId);
  const s = p.toString();
  return s ? `?${s}` : '';
}

// The household detail and its survey go "up" to the list as the team member left it. Kept for the app's lifetime
// only: the URL of the list itself is what survives a reload.
let lastListQuery = '';
export const rememberListQuery = (q: string) => void (lastListQuery = q);
export const listPath = () => `/staff/households${lastListQuery}`;
