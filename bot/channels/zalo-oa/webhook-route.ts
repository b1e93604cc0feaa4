import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Conversation } from '../../chatbot/types';
import { sendOutcome } from '../../http/api-error';
import { createRecentIds, type RecentIds } from './recent-ids';
import type { ZaloOaSendClient } from './send-client';
import { createSerialByKey } from './serial-by-key';
import { throttledLog } from './throttled-log';
import { SIGNATURE_HEADER, verifyZaloOaSignature } from './verify-signature';
import { incomingText, type IncomingText } from './webhook-event';

export type ZaloOaWebhookDeps = {
  appId: string;
  /** The OA secret key that signs webhook events. */
  secretKey: string;
  conversation: Conversation;
  sender: ZaloOaSendClient;
  /** Maps `user_id_by_app` to a member id, so a quiz passed in the OA chat counts for the resident's household. */
  findMemberByZaloAppUserId?: (userIdByApp: string) => Promise<string | undefined>;
  now?: () => Date;
  recentIds?: RecentIds;
  /** Receives the work that runs after the 200 has gone out; tests await it, production lets it run. */
  waitUntil?: (work: Promise<void>) => void;
  log?: (msg: string) => void;
};

const REJECTIONS = {
  missing_signature: 'The X-ZEvent-Signature header is missing.',
  unreadable_body: 'The event body is not a JSON object with a timestamp.',
  bad_signature: 'The event signature does not match.',
} as const;

/**
 * POST handler for Zalo OA webhook events, to be mounted where the OA's webhook URL points (e.g. /webhooks/zalo-oa).
 * Zalo expects a 200 within about two seconds and redelivers otherwise, so the answer is computed and sent after the
 * response, and redeliveries of an event already accepted are acknowledged without being answered again.
 */
export function zaloOaWebhook(deps: ZaloOaWebhookDeps) {
  const now = deps.now ?? (() => new Date());
  const recent = deps.recentIds ?? createRecentIds(1000);
  const waitUntil = deps.waitUntil ?? ((work: Promise<void>) => void work);
  const log = deps.log ?? ((msg: string) => console.warn(msg));
  const logRejection = throttledLog(log, 60_000);
  const serial = createSerialByKey();

  async function answer(msg: IncomingText) {
    const memberId =
      msg.userIdByApp && deps.findMemberByZaloAppUserId
        ? await deps.findMemberByZaloAppUserId(msg.userIdByApp).catch(() => undefined)
        : undefined;
    const reply = await deps.conversation.handle({
      channel: 'zalo_oa',
      userKey: `oa:${msg.senderId}`,
      ...(memberId ? { memberId } : {}),
      text: msg.text,
      lang: 'vi',
    });
    await deps.sender.send(msg.senderId, reply);
  }

  const app = new Hono();
  // Events are a few hundred bytes; a large body is not from Zalo and is not worth hashing.
  app.use(
    '/',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: (c) => sendOutcome(c, 'payload_too_large', 'The event body is too large.'),
    }),
  );
  app.post('/', async (c) => {
    // The signature covers the exact bytes Zalo sent, so read the text before anything parses it.
    const rawBody = await c.req.text();
    const header = c.req.header(SIGNATURE_HEADER);
    // Zalo checks a newly entered webhook URL with an unsigned, empty event; it carries nothing to act on.
    if (!header && /^\s*\{\s*\}\s*$/.test(rawBody)) return c.json({ ok: true });
    const check = verifyZaloOaSignature({ appId: deps.appId, secretKey: deps.secretKey, rawBody, header, now: now() });
    /*
     * Zalo counts any answer but a 200 (within 2 s) as a failed delivery and keeps redelivering it for hours (guides
     * report retries after 30 s, 5 min, 15 min, 30 min and 1 h, or for up to 12 h), then disables the app's webhook
     * (hainh.me and tinhoc88.com webhook guides; hoangnd25/monorepo wip/zalo-platform-integration.md, summarising
     * developers.zalo.me/docs/official-account/webhook/tong-quan). An event whose signature holds was made
     * with our OA secret, i.e. by Zalo: when it is merely too old (our outage outlived the first retries, or someone
     * replays it verbatim) we acknowledge it with a 200 and do nothing, so the retries stop and a replay still achieves
     * nothing. Duplicates below get a 200 for the same reason. A forged or unsigned event is not from Zalo, so nobody
     * would retry it: it gets a 401.
     */
    if (!check.ok) {
      const { reason } = check;
      if (reason === 'stale') {
        logRejection('stale', 'zalo-oa: stale webhook event acknowledged and ignored');
        return c.json({ ok: true, ignored: 'stale' });
      }
      logRejection(reason, `zalo-oa: webhook event rejected (${reason})`);
      return sendOutcome(c, 'invalid_signature', REJECTIONS[reason]);
    }
    const msg = incomingText(check.body);
    if (!msg) return c.json({ ok: true, ignored: true });
    const eventId = msg.msgId ?? createHash('sha256').update(rawBody).digest('hex');
    if (recent.checkAndAdd(eventId)) return c.json({ ok: true, duplicate: true });
    // Errors are logged by kind only: the message text may hold an OTP or an ID number.
    waitUntil(
      serial(msg.senderId, () => answer(msg)).catch((err: Error) =>
        log(`zalo-oa: could not answer ${msg.senderId} (${err.name}: ${err.message})`),
      ),
    );
    return c.json({ ok: true });
  });
  return app;
}
