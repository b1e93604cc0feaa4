import { errors, jwtVerify, SignJWT } from 'jose';
import type { JoinCardsLinkView } from '../../../src/core/api/staff-views';
import { ServiceError } from '../../../src/core/api/outcomes';
import type { CardsQuery, JoinCards } from './join-cards';
import type { StaffAccess, StaffContext } from '../access/staff-access';

/** Long enough to open the page and print it, short enough that a link left in a chat soon stops working. */
export const JOIN_CARDS_LINK_TTL_S = 10 * 60;
/** A link is a URL: ids go in compact form and stop here (a round of new households is at most 200). */
const MAX_LINK_IDS = 200;
// The audience keeps the two kinds of token apart: a session has a subject and no audience, a card link the reverse.
const AUDIENCE = 'hvs:join-cards';
export const PRINT_PATH = '/api/staff/join-cards/print';

const packIds = (ids: string[]) =>
  ids.map((id) => Buffer.from(id.replace(/-/g, ''), 'hex').toString('base64url')).join('');
function unpackIds(packed: string): string {
  const out: string[] = [];
  for (let i = 0; i < packed.length; i += 22) {
    const h = Buffer.from(packed.slice(i, i + 22), 'base64url').toString('hex');
    out.push(`${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`);
  }
  return out.join(',');
}

/**
 * Join cards behind a plain link: Zalo's in-app browser and a printer's page cannot send our Bearer token. The link
 * is signed (HS256, the session secret), lasts 10 minutes and names the staff member and the households; on opening,
 * that person's role and areas are read again, so a role taken back in the meantime also closes the link.
 */
export function createJoinCardsLink(deps: {
  secret: Uint8Array;
  access: StaffAccess;
  cards: JoinCards;
  now: () => Date;
}) {
  const { secret, access, cards, now } = deps;
  return {
    async create(ctx: StaffContext, q: CardsQuery): Promise<JoinCardsLinkView> {
      const rows = await cards.households(ctx, q);
      if (!q.areaId && rows.length > MAX_LINK_IDS)
        throw new ServiceError(
          'invalid_input',
          `ids: a print link takes at most ${MAX_LINK_IDS} households; print the tổ dân phố instead`,
          'ids',
        );
      const iat = Math.floor(now().getTime() / 1000);
      const scope = q.areaId ? { area: q.areaId } : { ids: packIds(rows.map((r) => r.id)) };
      const token = await new SignJWT({ stf: ctx.staffId, ...scope })
        .setProtectedHeader({ alg: 'HS256' })
        .setAudience(AUDIENCE)
        .setIssuedAt(iat)
        .setExpirationTime(iat + JOIN_CARDS_LINK_TTL_S)
        .sign(secret);
      return {
        url: `${PRINT_PATH}?t=${token}`,
        expiresAt: new Date((iat + JOIN_CARDS_LINK_TTL_S) * 1000).toISOString(),
      };
    },

    /** The page for a link: 410 when it has expired, 403 when it was not made by us or was changed. */
    async open(token: string): Promise<string> {
      let claims: Record<string, unknown>;
      try {
        claims = (await jwtVerify(token, secret, { algorithms: ['HS256'], audience: AUDIENCE, currentDate: now() }))
          .payload;
      } catch (err) {
        if (err instanceof errors.JWTExpired)
          throw new ServiceError('link_expired', 'Đường link in thẻ đã hết hạn (chỉ dùng được 10 phút).');
        throw new ServiceError('link_invalid', 'Đường link in thẻ không đúng hoặc đã bị sửa.');
      }
      const { stf, ids, area } = claims;
      if (typeof stf !== 'string' || (typeof ids !== 'string' && typeof area !== 'string'))
        throw new ServiceError('link_invalid', 'Đường link in thẻ không đúng hoặc đã bị sửa.');
      const ctx = await access.loadStaff(stf);
      return cards.html(ctx, typeof area === 'string' ? { areaId: area } : { ids: unpackIds(ids as string) });
    },
  };
}

export type JoinCardsLink = ReturnType<typeof createJoinCardsLink>;
