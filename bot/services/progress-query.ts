import { sql } from 'kysely';
import type { MemberView, ProgressView } from '../../src/core/api/schemas';
import { householdProgress } from '../../src/core/household/household-progress';
import type { Db } from '../db/open-database';

type Row = {
  id: string;
  code: string;
  areaId: string;
  label: string | null;
  areaName: string;
  wardName: string;
  members: { id: string; displayName: string; role: 'head' | 'member' }[];
  results: [lessonId: string, memberId: string | null, firstAt: string][];
};

/**
 * The progress screen's data for the viewer's own household, in one round trip through hvs_household_progress
 * (migration 007), whose plan the database keeps. Null when the viewer has no household.
 */
export async function readProgress(db: Db, viewerId: string, required: readonly string[]): Promise<ProgressView | null> {
  const { rows } = await sql<{ view: Row | null }>`select hvs_household_progress(${viewerId}::uuid, ${[...required]}::text[]) as view`.execute(db);
  const h = rows[0]?.view;
  if (!h) return null;
  const p = householdProgress(
    required,
    h.results.map(([lessonId, memberId, at]) => ({ lessonId, memberId, passed: true, completedAt: new Date(at).toISOString() })),
  );
  const members: MemberView[] = h.members.map((m) => ({ ...m, isMe: m.id === viewerId }));
  return { household: { id: h.id, code: h.code, areaId: h.areaId, areaName: h.areaName, wardName: h.wardName, label: h.label }, members, ...p };
}
