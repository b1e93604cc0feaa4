import { randomBytes, randomUUID } from 'node:crypto';
import type { HouseholdListQuery } from '../../../src/core/api/staff-schemas';
import type {
  CreatedHousehold,
  StaffHouseholdDetail,
  StaffHouseholdPage,
  StaffHouseholdRow,
} from '../../../src/core/api/staff-views';
import { isComplete } from '../../../src/core/household/household-progress';
import { makeJoinCode } from '../../../src/core/household/join-code';
import type { Db } from '../../db/open-database';
import { membersOfHousehold } from '../../db/queries/access';
import { householdRows, type ListRow } from '../../db/queries/household-list';
import { householdView, insertHouseholds } from '../../db/queries/households';
import { householdFacts } from './household-facts';
import { householdNotFound, seesNames, type StaffAccess, type StaffContext } from '../access/staff-access';

/** The community tech team's households: the list to walk, one household's detail, and new households for cards. */
export function createStaffHouseholds(deps: {
  db: Db;
  access: StaffAccess;
  required: readonly string[];
  now: () => Date;
}) {
  const { db, access, now } = deps;
  const required = [...deps.required];

  const toRow = (r: ListRow, names: boolean): StaffHouseholdRow => {
    const passed = new Set(r.passed);
    return {
      id: r.id,
      code: r.code,
      label: names ? r.label : null,
      areaId: r.area_id,
      areaName: r.area_name,
      members: r.members,
      doneCount: r.done,
      total: required.length,
      complete: isComplete(r.done, required.length),
      lessons: Object.fromEntries(required.map((l) => [l, passed.has(l)])),
      lastActivity: r.last_activity ? new Date(r.last_activity).toISOString() : null,
      survey: r.survey,
      needsVisit: r.needs_visit,
    };
  };

  return {
    async list(ctx: StaffContext, q: HouseholdListQuery): Promise<StaffHouseholdPage> {
      access.allow(ctx, 'team', 'ward_admin');
      const areaIds = access.areaScope(ctx, q.areaId);
      const empty = { items: [], total: 0, page: q.page, pageSize: q.pageSize };
      if (!areaIds.length) return empty;
      const opts = { ...q, areaIds, required, now: now() };
      const { rows } = await householdRows(db, opts, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
      // Past the last page the window count has no row to ride on: ask once more for the first row only.
      const countRow =
        rows[0] ?? (q.page > 1 ? (await householdRows(db, opts, { limit: 1, offset: 0 })).rows[0] : undefined);
      return { ...empty, items: rows.map((r) => toRow(r, seesNames(ctx))), total: Number(countRow?.total_count ?? 0) };
    },

    /** One household with its members' names: for the team of its tổ dân phố only (see seesNames). */
    async detail(ctx: StaffContext, householdId: string): Promise<StaffHouseholdDetail> {
      access.allow(ctx, 'team');
      await access.household(ctx, householdId);
      const [household, members, facts] = await Promise.all([
        householdView(db, householdId),
        membersOfHousehold(db, householdId),
        householdFacts(db, householdId, required, now()),
      ]);
      if (!household) throw householdNotFound();
      return {
        household,
        // Joining a household needs consent, so a member without it has withdrawn: results then stay on their phone.
        members: members.map((m) => ({
          id: m.id,
          displayName: m.display_name,
          role: m.role,
          consent: m.consent_at ? ('given' as const) : ('withdrawn' as const),
        })),
        lessons: facts.progress.lessons,
        history: facts.history,
        survey: facts.survey,
        needsVisit: facts.needsVisit,
      };
    },

    /** New households for printed join cards; codes are random, a rare collision is simply drawn again. */
    async create(
      ctx: StaffContext,
      body: { areaId: string; label?: string; count: number },
    ): Promise<CreatedHousehold[]> {
      access.allow(ctx, 'team', 'ward_admin');
      access.areaScope(ctx, body.areaId);
      const out: CreatedHousehold[] = [];
      for (let attempt = 0; out.length < body.count && attempt < 10; attempt++) {
        const rows = Array.from({ length: body.count - out.length }, () => ({
          id: randomUUID(),
          code: makeJoinCode(randomBytes(6)),
          area_id: body.areaId,
          label: body.label || null,
        }));
        out.push(...(await insertHouseholds(db, rows)));
      }
      return out;
    },
  };
}

export type StaffHouseholds = ReturnType<typeof createStaffHouseholds>;
