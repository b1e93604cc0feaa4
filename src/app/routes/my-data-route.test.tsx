import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { appWrapper, type Wrap } from '../../../tests/setup/app-wrapper';
import type { MeView } from '../../core/api/schemas';
import type { SurveyAnswers } from '../../core/survey/survey';
import { enqueueTeam, type TeamNote } from '../../core/sync/team-outbox';
import type { Platform } from '../../platform';
import type { Api } from '../api/api-client';
import { NoticeProvider } from '../components/use-notice';
import { CHALLENGES_KEY } from '../features/practice/challenge-memory';
import { PRACTICE_KEY } from '../features/practice/practice-save';
import { createAppStore, STORE_KEY } from '../store/app-store';
import { ServicesProvider } from '../store/store-context';
import { MyDataRoute } from './my-data-route';
import { memoryStore } from '../../platform/memory-store';

// The real catalog is a virtual module of the build; this screen only counts lessons done and names them in notes.
vi.mock('../content/lessons', () => ({ catalog: { lessons: [] }, findLesson: () => undefined }));
// zmp-ui's navigate needs its own router around the whole app; this screen only navigates to the consent screen.
vi.mock('zmp-ui', async (original) => ({ ...(await original<typeof import('zmp-ui')>()), useNavigate: () => vi.fn() }));

let wrap: Wrap;
beforeAll(async () => {
  wrap = await appWrapper('vi', ['account']);
});

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const answers: SurveyAnswers = {
  devices: { smartphone: true, computer: false, internet: true },
  uses: { zalo: true, vneidLevel: 1, onlinePublicServices: false, cashlessPayments: true, smartHaiPhong: false },
  wantsToLearn: { topics: ['online-safety'] },
};
const me: MeView = {
  member: { id: 'm1', displayName: 'Bà Lan', role: 'head', consentAt: '2026-11-20T00:00:00.000Z', consentVersion: '1' },
  household: null,
};
const teamNote: TeamNote = {
  id: uuid(),
  kind: 'survey',
  householdId: 'h9',
  household: 'Số 3 ngõ 7',
  code: 'stale',
  message: 'newer answers were kept',
  at: '2026-11-22T00:00:00.000Z',
};

/** A signed-in resident who played the practice on a phone that a tổ công nghệ số member also used on a visit. */
function setup() {
  const kv = memoryStore();
  const store = createAppStore(kv, () => new Date('2026-11-23T02:00:00Z'), { newId: uuid });
  const s = store.getState();
  s.decideConsent(true, true);
  s.signedIn({ token: 't', expiresAt: '2099-01-01T00:00:00Z', memberId: 'm1', name: 'Bà Lan' }, null);
  s.recordPracticeRound({ scamsShown: 4, scamsCaught: 3, genuineShown: 1, genuineFlagged: 0 });
  s.updateOutbox((o) => ({
    ...enqueueTeam(o, {
      kind: 'survey',
      id: uuid(),
      householdId: 'h1',
      household: 'Số 12 ngõ 5',
      answers,
      filledAt: '2026-11-23T01:00:00.000Z',
    }),
    teamNotes: [teamNote],
  }));
  kv.setItem(
    PRACTICE_KEY,
    JSON.stringify({ seen: ['scam-1', 'scam-2'], round: { ids: ['scam-3'], answers: [], at: 0 } }),
  );
  kv.setItem(CHALLENGES_KEY, JSON.stringify(['challenge-1']));
  const deleteMine = vi.fn(() =>
    Promise.resolve({ ok: true as const, value: { deleted: true, householdDeleted: false, completions: 0 } }),
  );
  const api = { me: () => Promise.resolve({ ok: true as const, value: me }), deleteMine } as unknown as Api;
  const platform = { storage: kv } as unknown as Platform;
  render(
    wrap(
      <ServicesProvider store={store} platform={platform} api={api}>
        <NoticeProvider>
          <MyDataRoute />
        </NoticeProvider>
      </ServicesProvider>,
    ),
  );
  return { kv, store, deleteMine, user: userEvent.setup() };
}

describe('MyDataRoute', () => {
  it('says on the phone what the practice remembers, and its rounds not yet sent', async () => {
    setup();
    expect(await screen.findByTestId('practice-on-phone')).toHaveTextContent(
      'Trò “Thật hay lừa?”: điện thoại nhớ những tình huống bác đã gặp, để lần sau không hỏi lại, và những thử thách bác đã chơi. Số lượt chơi chưa gửi: 1.',
    );
  });

  it('deleting the data clears every practice memory on the phone but keeps the team’s queued visits', async () => {
    const { kv, store, deleteMine, user } = setup();
    const teamBefore = store.getState().outbox.team;
    expect(teamBefore).toHaveLength(1);
    await user.click(await screen.findByRole('button', { name: 'Xoá dữ liệu của tôi' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Xoá hết dữ liệu của bác?' })).getByRole('button', {
        name: 'Xoá hết',
      }),
    );
    await screen.findByText('Ngoài điện thoại này, ứng dụng chưa lưu gì về bác.');
    expect(deleteMine).toHaveBeenCalledOnce();

    expect(kv.data.has(PRACTICE_KEY)).toBe(false);
    expect(kv.data.has(CHALLENGES_KEY)).toBe(false);
    expect(store.getState().outbox.rounds).toEqual([]);
    expect(store.getState().outbox.team).toEqual(teamBefore);
    expect(store.getState().outbox.teamNotes).toEqual([teamNote]);
    // What is saved says the same, for the next time the app opens.
    const saved = createAppStore(kv).getState().outbox;
    expect(saved).toMatchObject({ rounds: [], team: teamBefore, teamNotes: [teamNote] });
    expect(kv.data.has(STORE_KEY)).toBe(true);

    await waitFor(() => expect(screen.queryByTestId('practice-on-phone')).toBeNull());
    expect(screen.getByTestId('notice')).toHaveTextContent('trò “Thật hay lừa?” nhớ trên điện thoại này');
  });

  it('keeps the practice memory when the service could not delete anything', async () => {
    const { kv, store, deleteMine, user } = setup();
    deleteMine.mockResolvedValueOnce({ ok: false, error: { code: 'network', message: 'offline' } } as never);
    await user.click(await screen.findByRole('button', { name: 'Xoá dữ liệu của tôi' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Xoá hết dữ liệu của bác?' })).getByRole('button', {
        name: 'Xoá hết',
      }),
    );
    await waitFor(() => expect(deleteMine).toHaveBeenCalledOnce());
    expect(kv.data.has(PRACTICE_KEY)).toBe(true);
    expect(kv.data.has(CHALLENGES_KEY)).toBe(true);
    expect(store.getState().outbox.rounds).toHaveLength(1);
  });
});
