import { useMemo } from 'react';
import { useApi, useAppStore } from '../store/store-context';
import { staffApiFor } from './staff-api';

/** The staff client for this app's API client and store. */
export function useStaffApi() {
  const api = useApi();
  const store = useAppStore();
  return useMemo(() => staffApiFor(api, store), [api, store]);
}
