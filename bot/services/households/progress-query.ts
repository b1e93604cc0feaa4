import type { MemberView, ProgressView } from '../../../src/core/api/schemas';
import { householdProgress } from '../../../src/core/household/household-progress';
import { naturalBatch } from '../../db/natural-batch';
import type { Db } from '../../db/open-database';
import { progressRows, type ProgressRow } from '../../db/queries/households';

function toView(h: ProgressRow, viewerId: string, required: readonly string[]): ProgressView {
  const p = householdProgress(
    required,
    h.results.map(([lessonId, memberId, at]) => ({
      lessonId,
      memberId,
      passed: true,
      completedAt: new Date(at).toISOString(),
    })),
  );
  const members: MemberView[] = h.members.map((m) => ({ ...m, isMe: m.id === viewerId }));
  return {
    household: { id: h.id, code: h.code, areaId: h.areaId, areaName: h.areaName, wardName: h.wardName, label: h.label },
    members,
    ...p,
  };
}

/** The progress screen's data for the viewer's own household (null without one); concurrent reads share a round trip. */
export function createProgressReader(db: Db, required: readonly string[]) {
  const batch = naturalBatch((viewerIds: string[]) => progressRows(db, viewerIds, required), {
    maxBatch: 128,
    maxInFlight: 2,
  });
  return async (viewerId: string): Promise<ProgressView | null> => {
    const h = await batch.submit(viewerId);
    return h ? toView(h, viewerId, required) : null;
  };
}
