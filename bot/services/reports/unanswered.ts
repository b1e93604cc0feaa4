import type { UnansweredGroupView } from '../../../src/core/api/staff-views';
import { groupQuestions } from '../../../src/core/staff/group-questions';
import type { Db } from '../../db/open-database';
import { recentUnanswered } from '../../db/queries/reports';
import type { StaffAccess, StaffContext } from '../access/staff-access';

/** Enough recent questions to see what people keep asking, few enough to group in a request. */
const RECENT = 2000;

/**
 * The bot's unanswered questions (scrubbed when logged), grouped so staff can write the missing FAQ entries. Each ward
 * sees the questions of its own residents only. Questions of people the bot could place in no ward (anonymous chats,
 * OA followers without a household) are kept for the FAQ's authors but shown to no ward: a stranger's story may name
 * people, and it was every ward's to read before.
 */
export function createUnanswered(deps: { db: Db; access: StaffAccess }) {
  return {
    async groups(ctx: StaffContext): Promise<UnansweredGroupView[]> {
      deps.access.allow(ctx, 'team', 'ward_admin');
      const rows = await recentUnanswered(deps.db, ctx.wardId, RECENT);
      return groupQuestions(rows.map((r) => ({ text: r.text, at: new Date(r.at).toISOString(), topFaq: r.top_faq })));
    },
  };
}

export type Unanswered = ReturnType<typeof createUnanswered>;
