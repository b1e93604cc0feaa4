import type { Db } from '../../db/open-database';
import { householdOfMember } from '../../db/queries/access';

/** What changed: a household, or the household of a member (resolved only when somebody listens). */
export type HouseholdChange = { householdId: string } | { memberId: string };
export type HouseholdListener = (householdId: string) => void;

/**
 * "A household's progress changed": the one event every result writer sends and anything that follows progress
 * (today the Botpress mirror) subscribes to, so writers do not know who listens. The app's hot path knows only the
 * member; looking up the household costs a query, so it is done only when a listener exists.
 */
export function createHouseholdEvents(
  db: Db,
  onError: (err: unknown) => void = (err) => console.error('household event listener failed', err),
) {
  const listeners: HouseholdListener[] = [];

  async function householdOf(change: HouseholdChange): Promise<string | null> {
    if ('householdId' in change) return change.householdId;
    return householdOfMember(db, change.memberId);
  }

  return {
    subscribe(listener: HouseholdListener): () => void {
      listeners.push(listener);
      return () => void listeners.splice(listeners.indexOf(listener), 1);
    },
    /** Never throws and never delays the writer: the result is stored whatever a listener does. */
    changed(change: HouseholdChange): Promise<void> {
      if (!listeners.length) return Promise.resolve();
      return householdOf(change)
        .then((id) => {
          if (id) for (const l of [...listeners]) l(id);
        })
        .catch(onError);
    },
  };
}

export type HouseholdEvents = ReturnType<typeof createHouseholdEvents>;
