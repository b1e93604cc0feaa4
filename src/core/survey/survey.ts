import { z } from 'zod';
import { TOPICS } from './topics';

/** What residents may say they want to learn (one list, in topics.ts); the free text covers anything else. */
export const SURVEY_TOPICS = TOPICS;
export type SurveyTopic = (typeof SURVEY_TOPICS)[number];

const yesNo = z.boolean();

/** The household digital-skills survey: devices, what the household already uses, what it wants to learn. */
export const surveyAnswers = z.strictObject({
  devices: z.strictObject({ smartphone: yesNo, computer: yesNo, internet: yesNo }),
  uses: z.strictObject({
    zalo: yesNo,
    /** 0: no VNeID account, 1: level 1 (basic), 2: level 2 (verified in person, needed for most public services). */
    vneidLevel: z.union([z.literal(0), z.literal(1), z.literal(2)], { error: 'must be 0, 1 or 2' }),
    onlinePublicServices: yesNo,
    cashlessPayments: yesNo,
    smartHaiPhong: yesNo,
  }),
  wantsToLearn: z.strictObject({
    topics: z.array(z.enum(SURVEY_TOPICS)).max(SURVEY_TOPICS.length),
    other: z.string().trim().max(200, 'at most 200 characters').optional(),
  }),
});

export type SurveyAnswers = z.infer<typeof surveyAnswers>;

/** Days without any activity after which an unfinished household is due a visit. */
export const VISIT_AFTER_DAYS = 30;

export type VisitInput = { complete: boolean; lastActivity: string | null };

/** Why a household is due a visit, in the order the team would mention them. */
export type VisitReason = 'no_survey' | 'vneid' | 'no_smartphone' | 'quiet';

/**
 * Why the community tech team should go to this household (empty when it need not). Any of:
 * - nobody has filled in the survey yet (the team learns the household's situation on the visit);
 * - the survey says VNeID is below level 2 (level 2 needs help in person);
 * - the survey says the household has no smartphone (the team brings one and sits with them);
 * - the household has not finished the required lessons and nothing happened (no result, no survey) for 30 days.
 */
export function visitReasons(progress: VisitInput, survey: SurveyAnswers | null, now: Date): VisitReason[] {
  if (!survey) return ['no_survey'];
  const fromSurvey: VisitReason[] = [];
  if (survey.uses.vneidLevel < 2) fromSurvey.push('vneid');
  if (!survey.devices.smartphone) fromSurvey.push('no_smartphone');
  if (fromSurvey.length) return fromSurvey;
  if (progress.complete) return [];
  const quiet =
    !progress.lastActivity || now.getTime() - new Date(progress.lastActivity).getTime() > VISIT_AFTER_DAYS * 86_400_000;
  return quiet ? ['quiet'] : [];
}

/** Whether the community tech team should go to this household: whether it has any reason (see visitReasons). */
export function needsVisit(progress: VisitInput, survey: SurveyAnswers | null, now: Date): boolean {
  return visitReasons(progress, survey, now).length > 0;
}
