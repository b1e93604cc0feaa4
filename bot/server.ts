import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { ServiceError } from '../src/core/api/outcomes';
import { errorBody, sendError, sendOutcome } from './http/api-error';
import { bodyLimits } from './http/body-limits';
import { apiCors } from './http/cors';
import { logFailure } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { memberByZaloAppUserId } from './channels/zalo-oa/find-member';
import { zaloOaWebhook } from './channels/zalo-oa/webhook-route';
import { authRoutes } from './routes/api-auth';
import { botRoutes } from './routes/api-bot';
import { residentRoutes } from './routes/api-resident';
import { schoolEventRoutes } from './routes/api-school-links';
import { staffRoutes } from './routes/api-staff';
import { staffAuthRoutes } from './routes/api-staff-auth';
import { surveyRoutes } from './routes/api-survey';
import { openApiRoutes } from './routes/openapi';
import { staticAppRoutes } from './routes/static-app';
import type { Services } from './services/build-services';
import { challengeRoutes } from './routes/api-challenges';

/** Composition root for HTTP: mounts every route on the services built by buildServices(), each given only what it uses. */
const compressAll = compress();

export function createApp(s: Services) {
  const app = new Hono();
  // Phones on 4G pay for every byte, so pages are gzipped (assets come pre-compressed). API answers are small JSON,
  // and gzipping each one through CompressionStream cost more than the request itself (health: 467 → 2,070/s).
  app.use('*', async (c, next) => (c.req.path.startsWith('/api/') ? next() : compressAll(c, next)));
  app.use('*', securityHeaders({ production: s.config.production }));
  app.use(
    '/api/*',
    apiCors({
      origins: s.config.corsOrigins,
      headers: ['Authorization', 'Content-Type'],
      methods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      maxAgeSeconds: 600,
    }),
  );
  app.use('/api/*', bodyLimits);
  app.get('/api/health', (c) => c.json({ ok: true, database: s.backend }));
  app.route('/api', openApiRoutes());
  const { sessions, members, staff } = s;
  const { trustProxy } = s.config;
  app.route('/api/auth', authRoutes({ sessions, members, zalo: s.zalo, devSignIn: s.config.devSignIn }));
  app.route('/api/bot', botRoutes({ sessions, conversation: s.conversation, trustProxy }));
  app.route('/api/challenges', challengeRoutes(s.challenges, trustProxy));
  // Before the resident routes: those put a session check on all of /api/*, and the staff sign-in and the school
  // events are public.
  app.route('/api/auth', staffAuthRoutes({ invites: staff.invites, sessions, members, trustProxy }));
  app.route('/api/school-links', schoolEventRoutes(staff.schools, trustProxy));
  app.route('/api/households/mine/survey', surveyRoutes({ sessions, surveys: staff.surveys }));
  app.route('/api/staff', staffRoutes({ ...staff, sessions, trustProxy }));
  app.route(
    '/api',
    residentRoutes({
      areas: s.areas,
      sessions,
      members,
      myData: s.myData,
      households: s.households,
      completions: s.completions,
      trustProxy,
    }),
  );
  if (s.config.zaloOa && s.zaloOaSender) {
    const oa = s.config.zaloOa;
    app.route(
      '/webhooks/zalo-oa',
      zaloOaWebhook({
        appId: oa.appId,
        secretKey: oa.secretKey,
        conversation: s.conversation,
        sender: s.zaloOaSender,
        findMemberByZaloAppUserId: memberByZaloAppUserId(s.db),
      }),
    );
  }
  app.all('/api/*', (c) => sendOutcome(c, 'not_found', `No API route ${c.req.method} ${c.req.path}`));
  app.route('/', staticAppRoutes({ wwwDir: s.config.wwwDir, appId: s.config.appId }));
  app.notFound((c) => sendOutcome(c, 'not_found', 'Not found'));
  app.onError((err, c) => {
    if (err instanceof ServiceError) return sendError(c, err);
    if (err instanceof HTTPException && err.status < 500)
      return c.json(errorBody('bad_request', err.message || 'The request could not be read.'), err.status);
    const ref = randomBytes(6).toString('hex');
    logFailure(c, err, ref);
    return c.json(errorBody('internal', `Something went wrong on our side. Please try again. (ref ${ref})`), 500);
  });
  return app;
}
