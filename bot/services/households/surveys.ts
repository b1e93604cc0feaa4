import type { SurveyResult } from '../../../src/core/api/staff-views';
import type { SurveyAnswers } from '../../../src/core/survey/survey';
import { scrub } from '../../../src/core/text/sensitive';
import type { Db } from '../../db/open-database';
import { ServiceError } from '../../../src/core/api/outcomes';
import type { Members } from '../access/members';
import { householdFacts } from './household-facts';
import type { StaffAccess, StaffContext } from '../access/staff-access';

/** The household digital-skills survey: one answer per household, filled by a resident or by the team on a visit. */
export function createSurveys(deps: { db: Db; access: StaffAccess; members: Members; required: readonly string[]; now: () => Date }) {
  const { db, access, now } = deps;

  async function result(householdId: string): Promise<SurveyResult> {
    const f = await householdFacts(db, householdId, deps.required, now());
    return { survey: f.survey, needsVisit: f.needsVisit };
  }

  async function save(householdId: string, answers: SurveyAnswers, filledBy: 'resident' | 'team') {
    // The free text is kept for the team to read; phone numbers, e-mails and links in it are not.
    const other = answers.wantsToLearn.other ? scrub(answers.wantsToLearn.other).slice(0, 200) : undefined;
    const clean: SurveyAnswers = { ...answers, wantsToLearn: { topics: [...new Set(answers.wantsToLearn.topics)], ...(other ? { other } : {}) } };
    const row = { household_id: householdId, answers: JSON.stringify(clean), filled_by: filledBy, updated_at: now() };
    await db
      .insertInto('surveys')
      .values(row)
      .onConflict((oc) => oc.column('household_id').doUpdateSet({ answers: row.answers, filled_by: filledBy, updated_at: row.updated_at }))
      .execute();
    return result(householdId);
  }

  async function ownHousehold(memberId: string) {
    const m = await deps.members.requireConsent(memberId);
    if (!m.household_id) throw new ServiceError('no_household', 'Join or create a household first.');
    return m.household_id;
  }

  return {
    mine: async (memberId: string) => result(await ownHousehold(memberId)),
    saveMine: async (memberId: string, answers: SurveyAnswers) => save(await ownHousehold(memberId), answers, 'resident'),
    async saveByTeam(ctx: StaffContext, householdId: string, answers: SurveyAnswers) {
      access.allow(ctx, 'team', 'ward_admin');
      await access.household(ctx, householdId);
      return save(householdId, answers, 'team');
    },
  };
}

export type Surveys = ReturnType<typeof createSurveys>;
