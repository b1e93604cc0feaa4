import { useCallback } from 'react';
import { useSchoolEvents } from './use-school-events';
import { usePlatform } from '../../store/store-context';

/** Sends school-link events left waiting from an earlier session (the parent finished a lesson offline). */
export function SchoolAgent() {
  const platform = usePlatform();
  useSchoolEvents(platform.storage, useCallback(() => [], []));
  return null;
}
