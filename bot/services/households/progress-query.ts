import { sql } from 'kysely';
import type { MemberView, ProgressView } from '../../../src/core/api/schemas';
import { householdProgress } from '../../../src/core/household/household-progress';
import { naturalBatch } from '../../db/natural-batch';
import type { Db } from '../../db/open-database';

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
 * Reads progress for many viewers in one round trip through hvs_household_progress (migration 007), whose plan the
 * database keeps. Null for a viewer with no household.
 */
async function readMany(db: Db, viewerIds: string[], required: readonly string[]): Promise<(Row | null)[]> {
  const { rows } = await sql<{ n: number; view: Row | null }>`
    select v.n::int as n, hvs_household_progress(v.viewer, ${[...required]}::text[]) as view
    from unnest(${viewerIds}::uuid[]) with ordinality as v(viewer, n)`.execute(db);
  const views: (Row | null)[] = viewerIds.map(() => null);
  for (const r of rows) views[r.n - 1] = r.view;
  return views;
}

function toView(h: Row, viewerId: string, required: readonly string[]): ProgressView {
  const p = householdProgress(
    required,
    h.results.map(([lessonId, memberId, at]) => ({ lessonId, memberId, passed: true, completedAt: new Date(at).toISOString() })),
  );
  const members: MemberView[] = h.members.map((m) => ({ ...m, isMe: m.id === viewerId }));
  return { household: { id: h.id, code: h.code, areaId: h.areaId, areaName: h.areaName, wardName: h.wardName, label: h.label }, members, ...p };
}

/** The progress screen's data for the viewer's own household (null without one); concurrent reads share a round trip. */
export function createProgressReader(db: Db, required: readonly string[]) {
  const batch = naturalBatch((viewerIds: string[]) => readMany(db, viewerIds, required), { maxBatch: 128, maxInFlight: 2 });
  return async (viewerId: string): Promise<ProgressView | null> => {
    const h = await batch.submit(viewerId);
    return h ? toView(h, viewerId, required) : null;
  };
}
