import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { AreaView } from '../../src/core/api/schemas';
import type { Db } from '../db/open-database';

const areasFile = z.strictObject({
  wards: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1), team: z.strictObject({ name: z.string().min(1), phone: z.string().min(3) }).optional(), areas: z.array(z.string().min(1)).min(1) })).min(1),
});

export const AREAS_FILE = path.resolve(import.meta.dirname, '../config/areas.yaml');

/** Loads the configured wards and tổ dân phố; ids are stable ("le-chan/1") so households keep their area across edits. */
export async function loadAreas(file = AREAS_FILE): Promise<AreaView[]> {
  const parsed = areasFile.parse(parse(await readFile(file, 'utf8')));
  return parsed.wards.map((w) => ({ wardId: w.id, wardName: w.name, team: w.team, areas: w.areas.map((name, i) => ({ id: `${w.id}/${i + 1}`, name })) }));
}

/** Writes the configured areas into the database (insert or rename), so households can reference them. */
export async function syncAreas(db: Db, wards: AreaView[]) {
  const rows = wards.flatMap((w) => w.areas.map((a, i) => ({ id: a.id, ward_id: w.wardId, ward_name: w.wardName, name: a.name, sort: i })));
  if (!rows.length) return;
  await db
    .insertInto('areas')
    .values(rows)
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ ward_id: eb.ref('excluded.ward_id'), ward_name: eb.ref('excluded.ward_name'), name: eb.ref('excluded.name'), sort: eb.ref('excluded.sort') })))
    .execute();
}
