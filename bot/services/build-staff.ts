import type { LessonIndex } from '../content/lesson-index';
import type { Db } from '../db/open-database';
import type { Completions } from './completions/completions';
import type { Members } from './access/members';
import { createAssisted } from './completions/assisted';
import type { AttemptLimit } from './access/attempt-limit';
import { createCoverage } from './reports/coverage';
import { createExports } from './reports/exports';
import { createJoinCards } from './join-cards/join-cards';
import { createJoinCardsLink } from './join-cards/join-cards-link';
import { createSchoolLinks } from './schools/school-links';
import { createStaffAccess } from './access/staff-access';
import { createStaffHouseholds } from './households/staff-households';
import { createStaffInvites } from './access/staff-invites';
import { createStaffRoster } from './access/staff-roster';
import { startStatsMaintenance } from './households/stats-maintenance';
import { createSurveys } from './households/surveys';
import { createUnanswered } from './reports/unanswered';
import { createWardReports } from './reports/ward-reports';
import type { Ward } from './households/areas';

/** Staff, schools and the survey (issue 5): every service gets the same access checker and clock. */
export function createStaffServices(deps: {
  db: Db;
  backend: 'pglite' | 'postgres';
  members: Members;
  lessons: LessonIndex;
  appId: string;
  /** The session secret: it also signs join-card print links. */
  secret: Uint8Array;
  now: () => Date;
  /** Shared with the resident services: one set of counters in the database. */
  attempts: AttemptLimit;
  /** The one write path for results: assisted results go through it too. */
  completions: Completions;
  /** The configured wards, with their plan's targets. */
  wards: readonly Ward[];
}) {
  const { db, lessons, appId, now } = deps;
  startStatsMaintenance(db, deps.backend);
  const access = createStaffAccess(db);
  const required = lessons.required;
  const { attempts } = deps;
  const joinCards = createJoinCards({ db, access, appId });
  return {
    access,
    invites: createStaffInvites({ db, access, attempts, appId, now }),
    roster: createStaffRoster({ db, access, now }),
    households: createStaffHouseholds({ db, access, required, now }),
    assisted: createAssisted({ access, lessons, completions: deps.completions }),
    joinCards,
    joinCardsLink: createJoinCardsLink({ secret: deps.secret, access, cards: joinCards, now }),
    surveys: createSurveys({ db, access, members: deps.members, required, now }),
    coverage: createCoverage({ db, access, required, now }),
    exports: createExports({ db, access, lessons, now }),
    unanswered: createUnanswered({ db, access }),
    reports: createWardReports({ db, access, wards: deps.wards, tracks: lessons.program.tracks, now }),
    schools: createSchoolLinks({ db, access, attempts, lessons, appId }),
  };
}

export type StaffServices = ReturnType<typeof createStaffServices>;
