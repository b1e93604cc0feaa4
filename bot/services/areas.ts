import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { AreaView } from '../../src/core/api/schemas';
import type { Db } from '../db/open-database';

// A number the bot tells residents to call must be a real one: a landline (0 + area code, 11 digits), a mobile
// (10 digits) or a 1800/1900 line. Placeholders such as "0225 3xxx xxx" fail here instead of reaching a resident.
const phone = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => /^[0-9 .]+$/.test(s) && /^(0\d{9,10}|1[89]00\d{4,6})$/.test(s.replace(/[ .]/g, '')), {
    message: 'must be a real phone number (0 and 9–10 more digits, or a 1800/1900 line); leave it out until the ward gives one',
  });

const areasFile = z.strictObject({
  wards: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        name: z.string().min(1),
        team: z.strictObject({ name: z.string().min(1), phone: phone.optional() }).optional(),
        /** Where the ward's UBND sits: the bot sends residents there when the team has no phone. */
        officeAddress: z.string().trim().min(5).optional(),
        areas: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});

/** A ward as the service knows it: the app's AreaView and the ward office's address (for the bot's hand-off). */
export type Ward = AreaView & { officeAddress?: string };

export const AREAS_FILE = path.resolve(import.meta.dirname, '../config/areas.yaml');

/** Loads the configured wards and tổ dân phố; ids are stable ("le-chan/1") so households keep their area across edits. */
export async function loadAreas(file = AREAS_FILE): Promise<Ward[]> {
  const parsed = areasFile.parse(parse(await readFile(file, 'utf8')));
  return parsed.wards.map((w) => ({
    wardId: w.id,
    wardName: w.name,
    ...(w.team ? { team: w.team } : {}),
    ...(w.officeAddress ? { officeAddress: w.officeAddress } : {}),
    areas: w.areas.map((name, i) => ({ id: `${w.id}/${i + 1}`, name })),
  }));
}

/** Writes the configured areas into the database (insert or rename), so households can reference them. */
export async function syncAreas(db: Db, wards: Ward[]) {
  const rows = wards.flatMap((w) => w.areas.map((a, i) => ({ id: a.id, ward_id: w.wardId, ward_name: w.wardName, name: a.name, sort: i })));
  if (!rows.length) return;
  await db
    .insertInto('areas')
    .values(rows)
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ ward_id: eb.ref('excluded.ward_id'), ward_name: eb.ref('excluded.ward_name'), name: eb.ref('excluded.name'), sort: eb.ref('excluded.sort') })))
    .execute();
}
