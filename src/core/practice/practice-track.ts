/**
 * The track whose lessons end with the way into "Thật hay lừa?" (and under whose heading the program offers it).
 * Named here rather than read from the items: the items load with the practice screen, and the entries must not.
 */
export const PRACTICE_TRACK = 'fraud';
