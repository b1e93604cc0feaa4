import { useEffect, useState } from 'react';
import type { SurveyResult } from '../../../core/api/staff-schemas';
import { useApi } from '../../store/store-context';

/**
 * When the household last answered the survey (or null: not yet), for the household screen's survey card. Asked
 * only once the household is known; undefined while asking or when it cannot be asked, and the card then just invites.
 */
export function useSurveyDate(householdId: string | undefined): string | null | undefined {
  const api = useApi();
  const [date, setDate] = useState<string | null | undefined>();
  useEffect(() => {
    if (!householdId) return setDate(undefined);
    let live = true;
    void api
      .call<SurveyResult>('GET', '/api/households/mine/survey')
      .then((r) => live && setDate(r.ok ? (r.value.survey?.updatedAt ?? null) : undefined));
    return () => {
      live = false;
    };
  }, [api, householdId]);
  return date;
}
