import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { AreaView } from '../../../src/core/api/schemas';
import { AREAS_TO_FILL_IN, areasFileSchema } from '../../../src/core/content/areas-schema';
import type { Db } from '../../db/open-database';
import { saveAreas } from '../../db/queries/households';
import type { Target } from '../../../src/core/reports/targets';

/** A ward as the service knows it: the app's AreaView and the ward office's address (for the bot's hand-off). */
export type Ward = AreaView & { officeAddress?: string; targets?: Target[] };

export const AREAS_FILE = path.resolve(import.meta.dirname, '../../config/areas.yaml');

// While a ward has not listed its tổ dân phố / thôn, residents choose the whole ward. The area gets its own id (not
// "<ward>/1"), so households made meanwhile never silently become tổ dân phố 1 once the list arrives.
const WHOLE_WARD = { suffix: 'chua-chia', name: 'Chưa chia tổ dân phố / thôn' };

/** Loads the configured wards and tổ dân phố; ids are stable ("phu-lien/1") so households keep their area across edits. */
export async function loadAreas(file = AREAS_FILE): Promise<Ward[]> {
  const parsed = areasFileSchema.parse(parse(await readFile(file, 'utf8')));
  return parsed.wards.map((w) => ({
    wardId: w.id,
    wardName: w.name,
    ...(w.team ? { team: w.team } : {}),
    ...(w.officeAddress ? { officeAddress: w.officeAddress } : {}),
    ...(w.targets ? { targets: w.targets } : {}),
    areas:
      w.areas === AREAS_TO_FILL_IN
        ? [{ id: `${w.id}/${WHOLE_WARD.suffix}`, name: WHOLE_WARD.name }]
        : w.areas.map((name, i) => ({ id: `${w.id}/${i + 1}`, name })),
  }));
}

/** Writes the configured areas into the database (insert or rename), so households can reference them. */
export async function syncAreas(db: Db, wards: Ward[]) {
  const rows = wards.flatMap((w) =>
    w.areas.map((a, i) => ({ id: a.id, ward_id: w.wardId, ward_name: w.wardName, name: a.name, sort: i })),
  );
  await saveAreas(db, rows);
}
