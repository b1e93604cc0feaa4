import type { HouseholdView } from '../../../src/core/api/schemas';
import type { Db } from '../../db/open-database';

export async function householdView(db: Db, householdId: string): Promise<HouseholdView | null> {
  const h = await db
    .selectFrom('households')
    .innerJoin('areas', 'areas.id', 'households.area_id')
    .select(['households.id', 'households.code', 'households.area_id', 'households.label', 'areas.name as area_name', 'areas.ward_name'])
    .where('households.id', '=', householdId)
    .executeTakeFirst();
  return h ? { id: h.id, code: h.code, areaId: h.area_id, areaName: h.area_name, wardName: h.ward_name, label: h.label } : null;
}
