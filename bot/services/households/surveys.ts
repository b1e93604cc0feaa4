import type { SurveyBody } from '../../../src/core/api/staff-schemas';
import type { SurveyResult, SurveySaved } from '../../../src/core/api/staff-views';
import type { SurveyAnswers } from '../../../src/core/survey/survey';
import { answeredAt } from '../../../src/core/survey/survey-time';
import { scrub } from '../../../src/core/text/sensitive';
import type { Db } from '../../db/open-database';
import { saveSurvey } from '../../db/queries/households';
import { ServiceError } from '../../../src/core/api/outcomes';
import type { Members } from '../access/members';
import { householdFacts } from './household-facts';
import type { StaffAccess, StaffContext } from '../access/staff-access';

/** The household digital-skills survey: one answer per household, filled by a resident or by the team on a visit. */
export function createSurveys(deps: {
  db: Db;
  access: StaffAccess;
  members: Members;
  required: readonly string[];
  now: () => Date;
}) {
  const { db, access, now } = deps;

  async function result(householdId: string): Promise<SurveyResult> {
    const f = await householdFacts(db, householdId, deps.required, now());
    return { survey: f.survey, needsVisit: f.needsVisit };
  }

  /**
   * One survey per household, and the newest answers win. A survey with `filledAt` (filled on a phone, maybe hours
   * before it had signal) only replaces answers given before it; the check is part of the upsert, so two saves
   * arriving together cannot both win.
   */
  async function save(householdId: string, body: SurveyBody, filledBy: 'resident' | 'team'): Promise<SurveySaved> {
    const { filledAt, ...answers } = body;
    const when = answeredAt(filledAt, now());
    if (!when.ok)
      throw new ServiceError('invalid_input', 'filledAt is in the future: check the phone clock', 'filledAt');
    // The free text is kept for the team to read; phone numbers, e-mails and links in it are not.
    const other = answers.wantsToLearn.other ? scrub(answers.wantsToLearn.other).slice(0, 200) : undefined;
    const clean: SurveyAnswers = {
      ...answers,
      wantsToLearn: { topics: [...new Set(answers.wantsToLearn.topics)], ...(other ? { other } : {}) },
    };
    const row = { household_id: householdId, answers: JSON.stringify(clean), filled_by: filledBy, updated_at: when.at };
    const written = await saveSurvey(db, row, filledAt !== undefined);
    const r = await result(householdId);
    if (written) return { status: 'saved', ...r };
    return { status: r.survey?.updatedAt === when.at.toISOString() ? 'duplicate' : 'stale', ...r };
  }

  async function ownHousehold(memberId: string) {
    const m = await deps.members.requireConsent(memberId);
    if (!m.household_id) throw new ServiceError('no_household', 'Join or create a household first.');
    return m.household_id;
  }

  return {
    mine: async (memberId: string) => result(await ownHousehold(memberId)),
    saveMine: async (memberId: string, body: SurveyBody) => save(await ownHousehold(memberId), body, 'resident'),
    async saveByTeam(ctx: StaffContext, householdId: string, body: SurveyBody) {
      access.allow(ctx, 'team', 'ward_admin');
      await access.household(ctx, householdId);
      return save(householdId, body, 'team');
    },
  };
}

export type Surveys = ReturnType<typeof createSurveys>;
