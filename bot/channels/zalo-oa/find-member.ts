import type { Db } from '../../db/open-database';

/**
 * Looks a resident up by the app-scoped Zalo id an OA event carries as `user_id_by_app`. The mini app signs in with
 * the same app-scoped id and stores it as `zalo:<id>` (see routes/api-auth.ts), so the two meet when the OA is linked
 * to our mini app's Zalo app; otherwise nothing matches and the chat stays anonymous.
 */
export function memberByZaloAppUserId(db: Db) {
  return async (userIdByApp: string): Promise<string | undefined> => {
    const row = await db
      .selectFrom('members')
      .select('id')
      .where('zalo_id', '=', `zalo:${userIdByApp}`)
      .executeTakeFirst();
    return row?.id;
  };
}
