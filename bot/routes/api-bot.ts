import { Hono } from 'hono';
import { botMessageBody } from '../../src/core/api/schemas';
import { ServiceError } from '../../src/core/api/outcomes';
import { clientIp } from '../http/client-ip';
import { jsonBody } from '../http/validate';
import type { Conversation } from '../chatbot/types';
import type { Sessions } from '../services/access/sessions';

/** The in-app chat: signed-in residents chat as themselves; others with a random chat id (nothing personal). */
export function botRoutes(s: { sessions: Sessions; conversation: Conversation; trustProxy: boolean }) {
  const app = new Hono();
  app.post('/message', async (c) => {
    const body = await jsonBody(c, botMessageBody);
    const auth = c.req.header('Authorization');
    const memberId = auth ? await s.sessions.verify(auth) : undefined;
    if (!memberId && !body.chatId)
      throw new ServiceError('invalid_input', 'chatId: send a chat id or sign in', 'chatId');
    const userKey = memberId ? `member:${memberId}` : `chat:${body.chatId}`;
    const address = memberId ? undefined : clientIp(c, s.trustProxy);
    return c.json(
      await s.conversation.handle({
        channel: 'app',
        userKey,
        memberId,
        address,
        text: body.text,
        lang: body.lang ?? 'vi',
      }),
    );
  });
  return app;
}
