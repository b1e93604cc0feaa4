import { describe, expect, it } from 'vitest';
import type { SurveyAnswers } from '../survey/survey';
import { emptyOutbox, parseOutbox } from './outbox';
import {
  applyTeamResult,
  dismissTeamNote,
  dropQueuedSurvey,
  enqueueTeam,
  hasTeamWaiting,
  newerQueuedSurvey,
  nextTeamBatch,
  queuedSurvey,
  teamWaiting,
  type TeamItem,
} from './team-outbox';

const answers: SurveyAnswers = {
  devices: { smartphone: true, computer: false, internet: true },
  uses: { zalo: true, vneidLevel: 1, onlinePublicServices: false, cashlessPayments: true, smartHaiPhong: false },
  wantsToLearn: { topics: ['online-safety'] },
};
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const aSurveyItem = (over: Partial<TeamItem> = {}): TeamItem =>
  ({
    kind: 'survey',
    id: uuid(),
    householdId: 'h1',
    household: 'Số 12 ngõ 5',
    answers,
    filledAt: '2026-11-23T02:00:00.000Z',
    ...over,
  }) as TeamItem;
function anAssistedItem(householdId = 'h1'): TeamItem {
  const id = uuid();
  return {
    kind: 'assisted',
    id,
    householdId,
    household: 'ABC-234',
    body: { id, lessonId: 'vneid-install', score: 1, passed: true, completedAt: '2026-11-23T02:30:00.000Z' },
  };
}
const at = new Date('2026-11-23T10:00:00Z');

describe('the team part of the outbox', () => {
  it('queues surveys and assisted results once each, oldest first, and counts them in the panel’s words', () => {
    const s1 = aSurveyItem();
    const s2 = aSurveyItem({ householdId: 'h2' });
    const a1 = anAssistedItem();
    let o = [s1, s2, a1, s1].reduce(enqueueTeam, emptyOutbox());
    expect(o.team.map((i) => i.id)).toEqual([s1.id, s2.id, a1.id]);
    expect(teamWaiting(o)).toEqual({ surveys: 2, results: 1 });
    expect(hasTeamWaiting(o)).toBe(true);
    expect(nextTeamBatch(o, 2)).toEqual([s1, s2]);
    // The resident's results are another matter: the team's work does not make them "waiting".
    expect(o.items).toEqual([]);
    o = applyTeamResult(o, s1.id, { status: 'sent' }, at);
    expect(teamWaiting(o)).toEqual({ surveys: 1, results: 1 });
  });

  it('keeps only the latest survey of a household, and drops it once one was saved directly', () => {
    const first = aSurveyItem();
    const again = aSurveyItem({ filledAt: '2026-11-23T03:00:00.000Z' });
    let o = enqueueTeam(enqueueTeam(enqueueTeam(emptyOutbox(), first), anAssistedItem()), again);
    expect(queuedSurvey(o, 'h1')?.id).toBe(again.id);
    // Shown as the household's survey only while it is newer than the service's.
    expect(newerQueuedSurvey(o, 'h1', null)?.id).toBe(again.id);
    expect(newerQueuedSurvey(o, 'h1', { updatedAt: '2026-11-23T02:59:00.000Z' })?.id).toBe(again.id);
    expect(newerQueuedSurvey(o, 'h1', { updatedAt: '2026-11-23T05:00:00.000Z' })).toBeUndefined();
    expect(teamWaiting(o)).toEqual({ surveys: 1, results: 1 });
    o = dropQueuedSurvey(o, 'h1');
    expect(queuedSurvey(o, 'h1')).toBeUndefined();
    expect(dropQueuedSurvey(o, 'h1')).toBe(o);
  });

  it('turns a rejected or stale item into a note the team can dismiss, never dropping it unseen', () => {
    const s = aSurveyItem();
    const a = anAssistedItem('h2');
    let o = enqueueTeam(enqueueTeam(emptyOutbox(), s), a);
    o = applyTeamResult(o, s.id, { status: 'stale' }, at);
    o = applyTeamResult(o, a.id, { status: 'rejected', code: 'area_forbidden', message: 'not your area' }, at);
    expect(o.team).toEqual([]);
    expect(o.teamNotes).toEqual([
      {
        id: s.id,
        kind: 'survey',
        householdId: 'h1',
        household: 'Số 12 ngõ 5',
        code: 'stale',
        message: 'newer answers were kept',
        at: at.toISOString(),
      },
      {
        id: a.id,
        kind: 'assisted',
        householdId: 'h2',
        household: 'ABC-234',
        code: 'area_forbidden',
        message: 'not your area',
        at: at.toISOString(),
      },
    ]);
    expect(applyTeamResult(o, 'unknown', { status: 'sent' }, at)).toBe(o);
    expect(dismissTeamNote(o, s.id).teamNotes.map((x) => x.id)).toEqual([a.id]);
  });

  it('survives a save and a reload, dropping broken entries but keeping the rest', () => {
    const s = aSurveyItem();
    const a = anAssistedItem();
    const o = applyTeamResult(
      enqueueTeam(enqueueTeam(enqueueTeam(emptyOutbox(), s), a), aSurveyItem({ householdId: 'h3' })),
      s.id,
      { status: 'stale' },
      at,
    );
    expect(parseOutbox(JSON.parse(JSON.stringify(o)))).toEqual(o);
    const broken = {
      ...o,
      team: [
        ...o.team,
        { kind: 'survey', id: 'x' },
        { ...a, body: { ...(a as { body: object }).body, id: uuid() } },
        a,
        'junk',
      ],
      teamNotes: [...o.teamNotes, { id: 1 }],
    };
    expect(parseOutbox(JSON.parse(JSON.stringify(broken)))).toEqual(o);
    // A phone saved before the team had an outbox reads as an empty team queue.
    expect(parseOutbox({ items: [], reported: [], notes: [], rounds: [] })).toMatchObject({ team: [], teamNotes: [] });
  });
});
