import { MIN_SHOWN_COUNT } from '../staff/suppress';
import { countOf, SURVEY_FACTS, type KeyCounts, type ReportKey } from './report-keys';

/**
 * The ward plans' indicators, each a count of households over a denominator. Reach and completion are over every
 * household the product knows in the area; what the survey says is over the households that answered it
 * (self-reported, so the denominator is always shown next to the share).
 */
export const INDICATORS = [
  { id: 'reach', key: 'surveyed', of: 'households' },
  { id: 'completed', key: 'complete', of: 'households' },
  ...SURVEY_FACTS.map((f) => ({ id: f, key: `has:${f}` as const, of: 'surveyed' as const })),
] as const satisfies readonly { id: string; key: ReportKey; of: 'households' | 'surveyed' }[];

export type IndicatorId = (typeof INDICATORS)[number]['id'];
export const INDICATOR_IDS = INDICATORS.map((i) => i.id) as IndicatorId[];
export const indicatorById = (id: IndicatorId) => INDICATORS.find((i) => i.id === id)!;

/** A count shown to people who must not be able to point at one household: 1 or 2 become null. */
export const shownCount = (n: number, suppress: boolean): number | null =>
  suppress && n > 0 && n < MIN_SHOWN_COUNT ? null : n;

export type IndicatorValue = { id: IndicatorId; count: number | null; of: number | null; pct: number | null };

/** One decimal, as the ward's reports write shares. */
export const pct = (n: number, of: number) => (of > 0 ? Math.round((1000 * n) / of) / 10 : null);

/**
 * The indicators over some counts (a tổ, a ward, the city). With `suppress`, a count of 1 or 2, or a share over a
 * denominator of 1 or 2, is not shown.
 */
export function indicatorValues(c: KeyCounts, suppress: boolean): IndicatorValue[] {
  return INDICATORS.map(({ id, key, of }) => {
    const n = countOf(c, key);
    const d = countOf(c, of);
    const count = shownCount(n, suppress);
    const denominator = shownCount(d, suppress);
    return { id, count, of: denominator, pct: count === null || denominator === null ? null : pct(n, d) };
  });
}
