import type { Db } from '../../db/open-database';
import { householdsForCards } from '../../db/queries/households';
import { ServiceError } from '../../../src/core/api/outcomes';
import { joinCardsHtml } from './join-cards-html';
import { miniAppLink, qrSvg } from './qr';
import { householdNotFound, type StaffAccess, type StaffContext } from '../access/staff-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** One print run; a whole tổ dân phố fits, and a runaway request cannot tie the service up. */
const MAX_CARDS = 2000;

export type CardsQuery = { ids?: string; areaId?: string };

export function createJoinCards(deps: { db: Db; access: StaffAccess; appId: string }) {
  const { db, access } = deps;

  /** The listed households (every one must be the caller's, else 404) or a whole tổ dân phố of theirs (else 403). */
  async function households(ctx: StaffContext, q: CardsQuery) {
    access.allow(ctx, 'team', 'ward_admin');
    if (q.areaId) {
      access.areaScope(ctx, q.areaId);
      return householdsForCards(db, { areaId: q.areaId, limit: MAX_CARDS });
    }
    const ids = [
      ...new Set(
        (q.ids ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (!ids.length || ids.length > MAX_CARDS)
      throw new ServiceError('invalid_input', `ids: give 1 to ${MAX_CARDS} household ids`, 'ids');
    if (!ids.every((id) => UUID.test(id))) throw householdNotFound();
    const rows = await householdsForCards(db, { ids });
    if (rows.length !== ids.length || rows.some((r) => !ctx.areas.some((a) => a.id === r.area_id)))
      throw householdNotFound();
    return rows;
  }

  return {
    households,
    async html(ctx: StaffContext, q: CardsQuery) {
      const rows = await households(ctx, q);
      const cards = [];
      for (const r of rows) {
        const link = miniAppLink(deps.appId, 'household/join', { code: r.code });
        cards.push({
          code: r.code,
          areaName: r.area_name,
          wardName: r.ward_name,
          label: r.label,
          qrSvg: await qrSvg(link),
        });
      }
      return joinCardsHtml(cards);
    },
  };
}

export type JoinCards = ReturnType<typeof createJoinCards>;
