import {
  countOf,
  LEARNING_NEEDS,
  SURVEY_FACTS,
  type KeyCounts,
  type LearningNeed,
  type SurveyFact,
} from './report-keys';

/**
 * What a tổ needs organised, from its survey: households not surveyed yet (the team goes to ask), households whose
 * survey lacks a fact (no smartphone, VNeID below level 2, never used an online service…: help in person), and
 * households that asked to learn a topic (a class). Each item is a count of households and, for the tổ's own team,
 * the visit list behind it (a filter of the household list).
 */
export type PlanItem =
  | { kind: 'survey'; households: number }
  | { kind: 'lacks'; fact: SurveyFact; households: number }
  | { kind: 'wants'; need: LearningNeed; households: number };

export type PlanItemKey = 'survey' | `lacks:${SurveyFact}` | `wants:${LearningNeed}`;
export const planItemKey = (i: PlanItem): PlanItemKey =>
  i.kind === 'survey' ? 'survey' : i.kind === 'lacks' ? `lacks:${i.fact}` : `wants:${i.need}`;

/** The items of one tổ, most households first (ties in a fixed order: survey, lacks, wants); zero counts left out. */
export function trainingPlan(c: KeyCounts): PlanItem[] {
  const surveyed = countOf(c, 'surveyed');
  const items: PlanItem[] = [
    { kind: 'survey', households: countOf(c, 'households') - surveyed },
    ...SURVEY_FACTS.map((fact): PlanItem => ({
      kind: 'lacks',
      fact,
      households: surveyed - countOf(c, `has:${fact}`),
    })),
    ...LEARNING_NEEDS.map((need): PlanItem => ({ kind: 'wants', need, households: countOf(c, `need:${need}`) })),
  ];
  return items
    .map((item, order) => ({ item, order }))
    .filter(({ item }) => item.households > 0)
    .sort((a, b) => b.item.households - a.item.households || a.order - b.order)
    .map(({ item }) => item);
}
