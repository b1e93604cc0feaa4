import type { Hono } from 'hono';
import type { Services } from '../services/build-services';
import { schoolEventRoutes } from './api-school-links';
import { staffRoutes } from './api-staff';
import { staffAuthRoutes } from './api-staff-auth';
import { surveyRoutes } from './api-survey';

/**
 * Issue 5's routes. Mount before the resident routes: those put a session check on all of /api/*, and the staff
 * sign-in and the school events are public.
 */
export function mountStaffRoutes(app: Hono, s: Services) {
  app.route('/api/auth', staffAuthRoutes(s));
  app.route('/api/school-links', schoolEventRoutes(s.staff, s.config.trustProxy));
  app.route('/api/households/mine/survey', surveyRoutes(s));
  app.route('/api/staff', staffRoutes(s));
}
