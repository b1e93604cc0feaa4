import { z } from 'zod';

/*
 * The part of a Zalo OA webhook event this channel reads. Shape from Zalo's webhook event reference as mirrored by
 * @warriorteam/redai-zalo-sdk (types/webhook.d.ts: app_id, user_id_by_app, event_name, timestamp, sender, recipient)
 * and integrations' fixtures: `{"event_name":"user_send_text","sender":{"id"},"message":{"msg_id","text"},...}`.
 * Buttons of type oa.query.show/oa.query.hide come back as a user_send_text whose text is the button's payload.
 * Not strict on purpose: Zalo adds fields over time, and an unknown key must not turn a real message into an error.
 */
const id = z.union([z.string(), z.number()]).transform(String);

export const zaloOaEvent = z.object({
  event_name: z.string(),
  app_id: id.optional(),
  /** The user's id as seen by the Zalo app linked to the OA: the same id our mini app signs in with. */
  user_id_by_app: id.optional(),
  timestamp: id.optional(),
  sender: z.object({ id }).optional(),
  message: z.object({ msg_id: id.optional(), text: z.string().optional() }).optional(),
});

export type ZaloOaEvent = z.infer<typeof zaloOaEvent>;

export type IncomingText = { senderId: string; userIdByApp?: string; msgId?: string; text: string };

/** The text a user sent (typed or from a query button), or undefined for any event we do not answer. */
export function incomingText(body: unknown): IncomingText | undefined {
  const parsed = zaloOaEvent.safeParse(body);
  if (!parsed.success) return undefined;
  const e = parsed.data;
  const text = e.message?.text?.trim();
  if (e.event_name !== 'user_send_text' || !e.sender?.id || !text) return undefined;
  return { senderId: e.sender.id, userIdByApp: e.user_id_by_app || undefined, msgId: e.message?.msg_id, text };
}
