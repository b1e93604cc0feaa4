import { randomUUID } from 'node:crypto';
import type { Db } from '../../bot/db/open-database';
import { CODE_ALPHABET } from '../../src/core/household/join-code';

/** `oneMemberEach`: one member of every household, so a load can touch the whole ward. */
export type Seeded = { memberIds: string[]; householdIds: string[]; oneMemberEach: string[] };

/** Unique, random-looking codes: an odd multiplier is a bijection modulo 32⁶. */
function codeFor(i: number) {
  let n = (i * 2654435761) % 32 ** 6;
  let out = '';
  for (let k = 0; k < 6; k++, n = Math.floor(n / 32)) out += CODE_ALPHABET[n % 32];
  return out;
}

/** Deterministic pseudo-random numbers, so every run seeds the same ward. */
function rng(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Seeds a ward: `households` households spread over its tổ dân phố, ~3 members each, and realistic completions
 * (about a third of households done, a third part-way, a third not started).
 */
export async function seedWard(
  db: Db,
  opts: { households: number; areaIds: string[]; lessonIds: string[]; required: string[] },
): Promise<Seeded> {
  const rand = rng(42);
  const memberIds: string[] = [];
  const householdIds: string[] = [];
  const oneMemberEach: string[] = [];
  const BATCH = 1000;
  for (let start = 0; start < opts.households; start += BATCH) {
    const hs = [],
      ms = [],
      cs = [];
    for (let i = start; i < Math.min(opts.households, start + BATCH); i++) {
      const id = randomUUID();
      householdIds.push(id);
      hs.push({ id, code: codeFor(i), area_id: opts.areaIds[i % opts.areaIds.length], label: `Số ${1 + (i % 300)}` });
      const n = 2 + Math.floor(rand() * 3);
      const mids: string[] = [];
      for (let k = 0; k < n; k++) {
        const mid = randomUUID();
        mids.push(mid);
        memberIds.push(mid);
        if (k === 0) oneMemberEach.push(mid);
        ms.push({
          id: mid,
          zalo_id: `seed:${i}:${k}`,
          display_name: `Thành viên ${k + 1}`,
          household_id: id,
          role: k === 0 ? ('head' as const) : ('member' as const),
          consent_at: new Date('2026-10-01'),
          consent_version: '2026-11',
        });
      }
      const stage = rand();
      const lessons =
        stage < 0.33
          ? opts.lessonIds
          : stage < 0.66
            ? opts.required.slice(0, 1 + Math.floor(rand() * (opts.required.length - 1)))
            : [];
      for (const lessonId of lessons) {
        const day = 1 + Math.floor(rand() * 50);
        cs.push({
          id: randomUUID(),
          member_id: mids[Math.floor(rand() * mids.length)],
          household_id: id,
          lesson_id: lessonId,
          lesson_version: 1,
          score: 0.8 + rand() * 0.2,
          passed: true,
          completed_at: new Date(Date.UTC(2026, 9, day)),
          source: 'app' as const,
          recorded_by: null,
        });
      }
    }
    await db.insertInto('households').values(hs).execute();
    await db.insertInto('members').values(ms).execute();
    for (let i = 0; i < cs.length; i += BATCH)
      await db
        .insertInto('completions')
        .values(cs.slice(i, i + BATCH))
        .execute();
  }
  return { memberIds, householdIds, oneMemberEach };
}
