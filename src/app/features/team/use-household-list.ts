import { useCallback, useEffect, useRef, useState } from 'react';
import type { StaffHouseholdPage, StaffHouseholdRow } from '../../../core/api/staff-schemas';
import type { LearningNeed, SurveyFact } from '../../../core/reports/report-keys';
import type { ListFilter, ListQuery } from '../../api/staff-api';
import type { ApiResult } from '../../api/http';

/** `lacks`, `wants` and the filter `no_survey` come from a training-plan item's link, and are cleared together. */
export type ListCriteria = {
  areaId?: string;
  filter?: ListFilter;
  lacks?: SurveyFact;
  wants?: LearningNeed;
  q?: string;
};
export type ListState =
  | { kind: 'loading' }
  | { kind: 'failed'; code: string }
  | { kind: 'ready'; items: StaffHouseholdRow[]; total: number; page: number; more: 'idle' | 'loading' | 'failed' };

export const PAGE_SIZE = 30;
/** Typing "ABC" then "ABC2" sends one request, not two. */
const SEARCH_DELAY_MS = 300;

/**
 * The team's list in the order the service sorts it (next house to visit first), a page at a time. A newer search
 * or filter wins over answers still on their way for an older one.
 */
export function useHouseholdList(
  load: (q: ListQuery) => Promise<ApiResult<StaffHouseholdPage>>,
  initial: ListCriteria = {},
) {
  const [criteria, setCriteria] = useState<ListCriteria>(initial);
  const [search, setSearch] = useState(initial.q ?? '');
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const q = search.trim() || undefined;
    if (q === criteria.q) return;
    const t = setTimeout(() => setCriteria((c) => ({ ...c, q })), SEARCH_DELAY_MS);
    return () => clearTimeout(t);
  }, [search, criteria.q]);

  useEffect(() => {
    const ticket = ++latest.current;
    setState({ kind: 'loading' });
    void load({ ...criteria, page: 1, pageSize: PAGE_SIZE }).then((r) => {
      if (ticket !== latest.current) return;
      setState(
        r.ok
          ? { kind: 'ready', items: r.value.items, total: r.value.total, page: 1, more: 'idle' }
          : { kind: 'failed', code: r.error.code },
      );
    });
  }, [load, criteria, attempt]);

  const more = useCallback(async () => {
    if (state.kind !== 'ready' || state.more === 'loading') return;
    const ticket = latest.current;
    const page = state.page + 1;
    setState({ ...state, more: 'loading' });
    const r = await load({ ...criteria, page, pageSize: PAGE_SIZE });
    if (ticket !== latest.current) return;
    // Rows can move between pages while the team works (a result arrives): never show a household twice.
    setState((s) => {
      if (s.kind !== 'ready') return s;
      if (!r.ok) return { ...s, more: 'failed' };
      const seen = new Set(s.items.map((i) => i.id));
      return {
        kind: 'ready',
        items: [...s.items, ...r.value.items.filter((i) => !seen.has(i.id))],
        total: r.value.total,
        page,
        more: 'idle',
      };
    });
  }, [state, load, criteria]);

  return {
    criteria,
    search,
    state,
    setSearch,
    setFilter: (filter?: ListFilter) => setCriteria((c) => ({ ...c, filter })),
    setArea: (areaId?: string) => setCriteria((c) => ({ ...c, areaId })),
    clearPlanFilter: () =>
      setCriteria((c) => ({
        ...c,
        lacks: undefined,
        wants: undefined,
        filter: c.filter === 'no_survey' ? undefined : c.filter,
      })),
    more,
    reload: () => setAttempt((a) => a + 1),
  };
}
