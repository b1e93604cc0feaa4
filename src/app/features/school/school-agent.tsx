import { useSchoolEvents } from './use-school-events';
import { useAppState, usePlatform } from '../../store/store-context';

/** Sends school-link events left waiting from an earlier session (the parent finished a lesson offline). */
export function SchoolAgent() {
  const platform = usePlatform();
  // Consent withdrawn since: the hook's first flush removes what waits instead of sending it.
  const allowed = useAppState((s) => s.consent.decision === 'given');
  useSchoolEvents(platform.storage, allowed);
  return null;
}
