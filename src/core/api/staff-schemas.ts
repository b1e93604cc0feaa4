import { z } from 'zod';
import { surveyAnswers } from '../survey/survey';
import { isoDateTime, lessonId, phoneKeptId, quizScore, reportDay } from './bounds';
import { LEARNING_NEEDS, SURVEY_FACTS } from '../reports/report-keys';

// Contracts of the staff API (community tech teams, ward office, schools) and the household survey. The service
// validates with these, /api/openapi.json is generated from them, and the app imports the types.

const areaId = z.string().min(1).max(80);
const code = z.string().trim().min(1, 'type the code').max(24);
const day = reportDay;

export const staffCodeBody = z.strictObject({ code });
export const acceptInviteBody = z.strictObject({ code });

export const createInviteBody = z
  .strictObject({
    role: z.enum(['team', 'school', 'ward_admin']),
    /** Team members only: the tổ dân phố they look after. */
    areaIds: z.array(areaId).min(1).max(50).optional(),
    /** School users only. */
    schoolName: z.string().trim().min(1).max(120).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.role === 'team' && !b.areaIds?.length)
      ctx.addIssue({ code: 'custom', path: ['areaIds'], message: 'a team member needs at least one tổ dân phố' });
    if (b.role !== 'team' && b.areaIds)
      ctx.addIssue({ code: 'custom', path: ['areaIds'], message: 'only team members have tổ dân phố' });
    if (b.role === 'school' && !b.schoolName)
      ctx.addIssue({ code: 'custom', path: ['schoolName'], message: 'a school user needs the school name' });
    if (b.role !== 'school' && b.schoolName)
      ctx.addIssue({ code: 'custom', path: ['schoolName'], message: 'only school users have a school name' });
  });

export const householdListQuery = z.object({
  areaId: areaId.optional(),
  filter: z.enum(['not_started', 'in_progress', 'completed', 'needs_visit', 'no_survey']).optional(),
  /** Surveyed households whose survey lacks this fact: the visit list behind a training-plan item. */
  lacks: z.enum(SURVEY_FACTS).optional(),
  /** Households whose survey asks to learn this topic. */
  wants: z.enum(LEARNING_NEEDS).optional(),
  /** Matches the household code (with or without the dash) or its label (with or without diacritics). */
  q: z.string().trim().max(60).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const assistedBody = z.strictObject({
  /** Generated on the team member's device: sending the same result twice records it once. */
  id: z.uuid('must be a UUID generated on the device'),
  lessonId,
  /** The member who sat the lesson; leave out to record it for the household only. */
  memberId: z.uuid().optional(),
  score: quizScore,
  /** Accepted from older clients and ignored: the service works out the pass from the score. */
  passed: z.boolean().optional(),
  completedAt: isoDateTime,
});

export const createStaffHouseholdsBody = z.strictObject({
  areaId,
  label: z.string().trim().max(80, 'at most 80 characters').optional(),
  count: z.number().int().min(1).max(200, 'at most 200 households at once').default(1),
});

export const joinCardsQuery = z
  .object({ ids: z.string().max(20_000).optional(), areaId: areaId.optional() })
  .refine((q) => Boolean(q.ids) !== Boolean(q.areaId), {
    message: 'give either ids (comma-separated) or areaId',
    path: ['ids'],
  });

/** The same choice as the page itself, sent to get a print link that works without a sign-in. */
export const joinCardsLinkBody = z
  .strictObject({ ids: z.string().max(20_000).optional(), areaId: areaId.optional() })
  .refine((q) => Boolean(q.ids) !== Boolean(q.areaId), {
    message: 'give either ids (comma-separated) or areaId',
    path: ['ids'],
  });
export const joinCardsPrintQuery = z.object({ t: z.string().min(1).max(8_000) });

export const coverageQuery = z.object({ from: day.optional(), to: day.optional() });
export const exportQuery = z.object({ from: day.optional(), to: day.optional(), areaId: areaId.optional() });

/** One target: a lesson, a track, or the practice round "Thật hay lừa?" (`practice: true`). */
export const schoolLinkBody = z
  .strictObject({
    lessonId: lessonId.optional(),
    trackId: lessonId.optional(),
    practice: z.literal(true).optional(),
    classLabel: z.string().trim().min(1, 'type the class, e.g. 5A').max(20, 'at most 20 characters'),
  })
  .refine((b) => [b.lessonId, b.trackId, b.practice].filter(Boolean).length === 1, {
    message: 'choose one lesson (lessonId), a track (trackId) or the practice round (practice: true)',
    path: ['lessonId'],
  });

export const schoolEventBody = z.strictObject({
  /** A random id the app keeps on the phone: never a Zalo id. Only sha256(token + deviceId) is stored. */
  deviceId: phoneKeptId,
  kind: z.enum(['open', 'complete']),
  /** The lesson opened or passed; 'practice' for a practice link's open and finished rounds. */
  lessonId,
});

/**
 * The survey's answers, and optionally when they were given on the phone (`filledAt`): a survey filled offline and
 * sent hours later must not replace answers given after it. Left out, the answers count as given now.
 */
export const surveyBody = surveyAnswers.extend({ filledAt: isoDateTime.optional() });

export type CreateInviteBody = z.infer<typeof createInviteBody>;
export type HouseholdListQuery = z.infer<typeof householdListQuery>;
export type AssistedBody = z.infer<typeof assistedBody>;
export type SurveyBody = z.infer<typeof surveyBody>;
export type SchoolLinkBody = z.infer<typeof schoolLinkBody>;
export type SchoolEventBody = z.infer<typeof schoolEventBody>;
export type ExportQuery = z.infer<typeof exportQuery>;

export type * from './staff-views';
