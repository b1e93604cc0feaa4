import { Hono } from 'hono';
import { challengeBody, challengeScoreBody } from '../../src/core/api/schemas';
import { clientIp } from '../http/client-ip';
import { jsonBody } from '../http/validate';
import type { Challenges } from '../services/practice/challenges';

/** Public and anonymous (/api/challenges): "Thách người nhà" links, no account, no names. */
export function challengeRoutes(challenges: Challenges, trustProxy: boolean) {
  const app = new Hono();
  app.post('/', async (c) =>
    c.json(await challenges.create(await jsonBody(c, challengeBody), clientIp(c, trustProxy)), 201),
  );
  app.get('/:id', async (c) => c.json(await challenges.get(c.req.param('id'))));
  app.post('/:id/scores', async (c) => {
    const body = await jsonBody(c, challengeScoreBody);
    return c.json(await challenges.addScore(c.req.param('id'), body.score, clientIp(c, trustProxy)), 201);
  });
  return app;
}
