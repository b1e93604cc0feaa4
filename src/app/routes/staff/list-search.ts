import type { ListCriteria } from '../../features/team/use-household-list';
import type { ListFilter } from '../../api/staff-api';

const FILTERS: ListFilter[] = ['not_started', 'in_progress', 'completed', 'needs_visit'];

/** The list's search, filter and tổ dân phố as a URL query: a reload, a bookmark or "back" brings the same list. */
export function criteriaFromQuery(p: URLSearchParams): ListCriteria {
  const filter = p.get('filter') as ListFilter | null;
  return { areaId: p.get('areaId') || undefined, filter: filter && FILTERS.includes(filter) ? filter : undefined, q: p.get('q') || undefined };
}

export function queryOfCriteria(c: ListCriteria): string {
  const p = new URLSearchParams();
  if (c.q) p.set('q', c.q);
  if (c.filter) p.set('filter', c.filter);
  if (c.areaId) p.set('areaId', c.areaId);
  const s = p.toString();
  return s ? `?${s}` : '';
}

// The household detail and its survey go "up" to the list as the team member left it. Kept for the app's lifetime
// only: the URL of the list itself is what survives a reload.
let lastListQuery = '';
export const rememberListQuery = (q: string) => void (lastListQuery = q);
export const listPath = () => `/staff/households${lastListQuery}`;
