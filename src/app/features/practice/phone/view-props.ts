import type { PracticeSide } from '../../../../core/practice/practice-schema';

/** What every kind of phone screen draws from: one language of the item, and the clue marks once answered. */
export type ViewProps = { side: PracticeSide; marks: Map<string, number[]> | null };
