/**
 * The track whose lessons end with the way into "Thật hay lừa?" (and under whose heading the program offers it).
 * Named here rather than read from the items: the items load with the practice screen, and the entries must not.
 */
export const PRACTICE_TRACK = 'fraud';

/**
 * What a school link to the practice counts its opens and finished rounds under, where a lesson link has a lesson
 * id. Not a lesson id the corpus can have: the content check refuses a lesson of that name.
 */
export const PRACTICE_LINK_UNIT = 'practice';
