import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SchoolEventBody, SchoolLinkBody } from '../../../src/core/api/staff-schemas';
import type { SchoolLinkCreated, SchoolLinkView } from '../../../src/core/api/staff-views';
import { PRACTICE_LINK_UNIT } from '../../../src/core/practice/practice-track';
import { suppressSmall } from '../../../src/core/staff/suppress';
import type { LessonIndex } from '../../content/lesson-index';
import type { Db } from '../../db/open-database';
import {
  insertSchoolEvent,
  insertSchoolLink,
  schoolLinkByToken,
  schoolLinksWithCounts,
} from '../../db/queries/schools';
import { ServiceError } from '../../../src/core/api/outcomes';
import type { AttemptLimit } from '../access/attempt-limit';
import { miniAppLink, qrSvg } from '../join-cards/qr';
import type { StaffAccess, StaffContext } from '../access/staff-access';

const notFound = () => new ServiceError('link_not_found', 'This school link does not exist.');
/**
 * Events per link and address: a class of parents behind one carrier address sends a few each (an open and a pass a
 * lesson); a script inflating a class's counts is cut off. The app keeps refused events and sends them later.
 */
export const SCHOOL_EVENT_RULE = { max: 60, windowMs: 15 * 60_000 };

/**
 * Lesson and practice links for schools. The token is random (nothing about the school, class or parent); parents' devices are
 * counted by sha256(token + device id) only, and the school sees distinct-device counts, hidden below 3.
 */
export function createSchoolLinks(deps: {
  db: Db;
  access: StaffAccess;
  attempts: AttemptLimit;
  lessons: LessonIndex;
  appId: string;
}) {
  const { db, access } = deps;
  const trackLessons = (trackId: string) => deps.lessons.program.tracks.find((t) => t.id === trackId)?.lessons;
  const firstLesson = (l: { lesson_id: string | null; track_id: string | null }) =>
    l.lesson_id ?? trackLessons(l.track_id ?? '')?.[0] ?? '';
  type Target = { lesson_id: string | null; track_id: string | null; practice: boolean };
  const linkOf = (l: Target & { token: string }) =>
    miniAppLink(deps.appId, l.practice ? 'practice' : `lesson/${firstLesson(l)}`, { src: l.token });
  /** What a link's events may name: its lesson, its track's lessons, or the practice. */
  const unitsOf = (l: Target) =>
    l.practice ? [PRACTICE_LINK_UNIT] : l.lesson_id ? [l.lesson_id] : [...(trackLessons(l.track_id ?? '') ?? [])];

  return {
    async create(ctx: StaffContext, body: SchoolLinkBody): Promise<SchoolLinkCreated> {
      access.allow(ctx, 'school');
      if (body.lessonId && !deps.lessons.lessons.has(body.lessonId))
        throw new ServiceError('unknown_lesson', `lessonId: there is no lesson "${body.lessonId}"`, 'lessonId');
      if (body.trackId && !trackLessons(body.trackId))
        throw new ServiceError('unknown_track', `trackId: there is no track "${body.trackId}"`, 'trackId');
      const row = {
        id: randomUUID(),
        token: randomBytes(16).toString('base64url'),
        school_staff_id: ctx.staffId,
        class_label: body.classLabel,
        lesson_id: body.lessonId ?? null,
        track_id: body.trackId ?? null,
        practice: body.practice === true,
      };
      await insertSchoolLink(db, row);
      const link = linkOf(row);
      return { id: row.id, token: row.token, link, qrSvg: await qrSvg(link) };
    },

    /** The school's own links with counts of distinct devices; a track's completions count any of its lessons. */
    async list(ctx: StaffContext): Promise<SchoolLinkView[]> {
      access.allow(ctx, 'school');
      const rows = await schoolLinksWithCounts(db, ctx.staffId);
      // The QR again with every link, so a school can print it once more weeks later (a school has a few dozen links).
      return Promise.all(
        rows.map(async (r) => {
          const opened = suppressSmall(r.opened);
          const completed = suppressSmall(r.completed);
          const link = linkOf(r);
          return {
            id: r.id,
            classLabel: r.class_label,
            lessonId: r.lesson_id,
            trackId: r.track_id,
            practice: r.practice,
            link,
            qrSvg: await qrSvg(link),
            opened: opened.value,
            completed: completed.value,
            suppressed: opened.suppressed || completed.suppressed,
          };
        }),
      );
    },

    /**
     * Anonymous: a parent's app reports an open or a completion. The same device is counted once per kind and lesson.
     * Answers with the lessons the link counts, so the app sends completions for those only. A practice link counts
     * under 'practice': its open, and any round finished to the end (never the score).
     */
    async event(token: string, body: SchoolEventBody, clientIp: string): Promise<{ lessons: string[] }> {
      if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) throw notFound();
      const link = await schoolLinkByToken(db, token);
      if (!link) throw notFound();
      // Counted per known link only, so made-up tokens cannot fill the counters.
      if (!(await deps.attempts.take(`school-event:${link.id}:${clientIp}`, SCHOOL_EVENT_RULE))) {
        throw new ServiceError(
          'too_many_attempts',
          'Quá nhiều lượt gửi cho đường link này. Ứng dụng sẽ tự gửi lại sau.',
        );
      }
      const lessons = unitsOf(link);
      if (!lessons.includes(body.lessonId))
        throw new ServiceError(
          'lesson_not_in_link',
          `lessonId: "${body.lessonId}" is not part of this link`,
          'lessonId',
        );
      const deviceHash = createHash('sha256').update(`${token}:${body.deviceId}`).digest('hex');
      await insertSchoolEvent(db, {
        link_id: link.id,
        device_hash: deviceHash,
        kind: body.kind,
        lesson_id: body.lessonId,
      });
      return { lessons };
    },
  };
}

export type SchoolLinks = ReturnType<typeof createSchoolLinks>;
