/** Counts below this are hidden: with 1 or 2 devices in a class, a teacher could tell whose parent it was. */
export const MIN_SHOWN_COUNT = 3;

export type Suppressed = { value: number | null; suppressed: boolean };

/** Small-count suppression for school reports: below the threshold the count becomes null and is flagged. */
export function suppressSmall(count: number, min = MIN_SHOWN_COUNT): Suppressed {
  return count < min ? { value: null, suppressed: true } : { value: count, suppressed: false };
}
