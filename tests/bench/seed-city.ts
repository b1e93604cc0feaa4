// The city of bench:reports: 114 wards of 20 tổ, loaded in bulk with SQL (triggers off), counted by the recount the
// service itself runs when a rule changes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { stringify } from 'yaml';
import type { Db } from '../../bot/db/open-database';

export const WARDS = 114;
export const AREAS_PER_WARD = 20;

/** The configured wards of the city bench: 114 wards of 20 tổ, each with the plan's target. */
export function cityAreasFile(): string {
  const wards = Array.from({ length: WARDS }, (_, w) => ({
    id: `w${String(w + 1).padStart(3, '0')}`,
    name: `Phường ${w + 1}`,
    // Every ward aims at completion; one in ten (as Việt Hoà) also at VNeID level 2 and cashless payment, so the
    // city reads the pace of three keys.
    targets: [
      { indicator: 'completed', share: 100, by: '2026-12-31' },
      ...(w % 10
        ? []
        : [
            { indicator: 'vneid2', share: 100, by: '2026-12-31' },
            { indicator: 'cashless', share: 100, by: '2026-12-31' },
          ]),
    ],
    areas: Array.from({ length: AREAS_PER_WARD }, (_, a) => `Tổ dân phố ${a + 1}`),
  }));
  // The plan's four wards must be listed too (check:lessons requires them); they stay empty here.
  const real = [
    ['phu-lien', 'Phường Phù Liễn'],
    ['thanh-mien', 'Xã Thanh Miện'],
    ['le-dai-hanh', 'Phường Lê Đại Hành'],
    ['viet-hoa', 'Phường Việt Hòa'],
  ].map(([id, name]) => ({ id, name, areas: ['Tổ dân phố 1'] }));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'hvs-city-')), 'areas.yaml');
  writeFileSync(file, stringify({ wards: [...wards, ...real] }));
  return file;
}

/**
 * Loads the city in bulk (triggers off, one statement per table), then lets the recount build the roll-ups: the
 * same code the service runs at start when a rule changed. A third of households finished, a third part-way.
 */
export async function seedCity(db: Db, required: string[], n: number) {
  for (const t of ['households', 'household_stats', 'surveys'])
    await sql.raw(`alter table ${t} disable trigger user`).execute(db);
  await sql`insert into households (id, code, area_id, label, created_at)
    select gen_random_uuid(), 'C' || g, 'w' || lpad((1 + g % ${WARDS})::text, 3, '0') || '/' || (1 + (g / ${WARDS}) % ${AREAS_PER_WARD}), null, now() - (g % 300) * interval '1 day'
    from generate_series(1, ${n}) g`.execute(db);
  await sql`insert into surveys (household_id, answers, filled_by, updated_at)
    select id, jsonb_build_object(
      'devices', jsonb_build_object('smartphone', h % 7 <> 0, 'computer', false, 'internet', true),
      'uses', jsonb_build_object('zalo', h % 4 <> 0, 'vneidLevel', case when h % 3 = 0 then 1 else 2 end, 'onlinePublicServices', h % 2 = 0, 'cashlessPayments', h % 5 <> 0, 'smartHaiPhong', h % 6 = 0),
      'wantsToLearn', jsonb_build_object('topics', case when h % 2 = 1 then '["online-safety"]'::jsonb else '["vneid", "public-services"]'::jsonb end)),
      'team', now() - (h % 60) * interval '1 day'
    from (select id, abs(hashtext(id::text)) as h from households) x where h % 5 < 2`.execute(db);
  await sql`insert into household_stats (household_id, area_id, code, passed, required_mask, required_done, last_result_at, members, survey_at, survey_visit)
    select h.id, h.area_id, h.code, p.passed, p.mask, p.done, case when p.done > 0 then now() - (abs(hashtext(h.code)) % 90) * interval '1 day' end, 3, s.updated_at, false
    from households h left join surveys s on s.household_id = h.id,
    lateral (select case when x % 3 = 0 then ${required}::text[] when x % 3 = 1 then (${required}::text[])[1:1 + x % ${required.length - 1}] else '{}'::text[] end as passed,
                    case when x % 3 = 0 then ${required.length} when x % 3 = 1 then 1 + x % ${required.length - 1} else 0 end as done,
                    case when x % 3 = 0 then ${2 ** required.length - 1} when x % 3 = 1 then (1 << (1 + x % ${required.length - 1})) - 1 else 0 end as mask
             from (select abs(hashtext(h.id::text)) as x) r) p`.execute(db);
  for (const t of ['households', 'household_stats', 'surveys'])
    await sql.raw(`alter table ${t} enable trigger user`).execute(db);
}
