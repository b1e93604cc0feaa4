import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { appWrapper, type Wrap } from '../../../../tests/setup/app-wrapper';
import type { BotReplyView } from '../../../core/api/schemas';
import type { ApiResult } from '../../api/http';
import type { ChatEntry } from '../../store/chat-log';
import { ChatPage } from './chat-page';

let wrap: Wrap;
beforeAll(async () => {
  wrap = await appWrapper('vi', ['chat']);
});
afterEach(() => vi.restoreAllMocks());

const reply = (text: string, buttons: BotReplyView['buttons'] = []): ApiResult<BotReplyView> => ({
  ok: true,
  value: { kind: 'answer', text, buttons, matched: true },
});
const failure = (code: string, status: number): ApiResult<BotReplyView> => ({
  ok: false,
  error: { code, message: code, status },
});

/** The route keeps the conversation in the store; here a component's state stands in for it. */
function Harness({
  ask,
  onOpenLesson,
}: {
  ask: (text: string) => Promise<ApiResult<BotReplyView>>;
  onOpenLesson: (id: string) => void;
}) {
  const [entries, setEntries] = useState<ChatEntry[]>([]);
  return (
    <ChatPage
      entries={entries}
      ask={ask}
      onReply={(...e) => setEntries((log) => [...log, ...e])}
      onOpenLesson={onOpenLesson}
      onBack={vi.fn()}
    />
  );
}

const setup = (...answers: ApiResult<BotReplyView>[]) => {
  const ask = vi.fn(async (_text: string) => answers.shift() ?? reply('…'));
  const onOpenLesson = vi.fn();
  render(wrap(<Harness ask={ask} onOpenLesson={onOpenLesson} />));
  return { user: userEvent.setup(), ask, onOpenLesson, box: screen.getByRole('textbox', { name: 'Câu hỏi của bác' }) };
};

const bubbles = (who: 'resident' | 'bot') =>
  screen.queryAllByTestId(`${who}-message`).map((li) => li.querySelector('.hvs-bubble')!.textContent);

describe('ChatPage', () => {
  it('greets with suggestions and the privacy note, sends a typed question and shows both sides', async () => {
    const { user, ask, box } = setup(reply('Ở màn hình đăng nhập, bác bấm "Quên mật khẩu".'));
    expect(screen.getByText(/Cháu là trợ lý Học vụ số/)).toBeInTheDocument();
    const chips = within(screen.getByRole('group', { name: 'Câu hỏi có sẵn' })).getAllByRole('button');
    expect(chips.map((c) => c.textContent)).toEqual([
      'Quên mật khẩu VNeID',
      'Dấu hiệu lừa đảo',
      'Smart Hải Phòng là gì',
      'Học bài',
    ]);
    expect(
      screen.getByText('Đừng gửi mã OTP, mật khẩu, passcode hay số căn cước cho bất kỳ ai, kể cả trợ lý này.'),
    ).toBeInTheDocument();

    await user.type(box, 'quen mat khau vneid thi lam sao{Enter}');
    expect(ask).toHaveBeenCalledWith('quen mat khau vneid thi lam sao');
    await screen.findByText(/bác bấm "Quên mật khẩu"/);
    expect(bubbles('resident')).toEqual(['Bác hỏi: quen mat khau vneid thi lam sao']);
    expect(screen.getByTestId('resident-message')).toHaveClass('is-resident');
    expect(screen.getByTestId('bot-message')).toHaveClass('is-bot');
    expect(box).toHaveValue('');
    // The suggestions, and the line pointing at them, are for an empty conversation only.
    expect(screen.queryByRole('group', { name: 'Câu hỏi có sẵn' })).toBeNull();
    expect(screen.queryByText(/bấm một câu có sẵn/)).toBeNull();
  });

  it('sends a suggestion chip, and "Học bài" as the bot’s command', async () => {
    const { user, ask } = setup(reply('Bác muốn học bài nào ạ?'));
    await user.click(screen.getByRole('button', { name: 'Học bài' }));
    expect(ask).toHaveBeenCalledWith('học bài');
    await screen.findByText('Bác muốn học bài nào ạ?');
    expect(bubbles('resident')).toEqual(['Bác hỏi: Học bài']);
  });

  it('opens a lesson in the app and asks for a person with the hand-off button', async () => {
    const { user, ask, onOpenLesson, box } = setup(
      reply('Ở màn hình đăng nhập…', [
        { kind: 'lesson', lessonId: 'vneid-fix-problems', title: 'Học bài: Sửa lỗi VNeID' },
        { kind: 'handoff', title: 'Hỏi người hỗ trợ' },
      ]),
      reply('Cháu đã chuyển câu hỏi của bác tới tổ công nghệ số cộng đồng.'),
    );
    await user.type(box, 'quên mật khẩu{Enter}');
    await user.click(await screen.findByRole('button', { name: /Học bài: Sửa lỗi VNeID/ }));
    expect(onOpenLesson).toHaveBeenCalledWith('vneid-fix-problems');
    expect(ask).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: /Hỏi người hỗ trợ/ }));
    expect(ask).toHaveBeenLastCalledWith('Hỏi người hỗ trợ');
    await screen.findByText(/tổ công nghệ số cộng đồng/);
    expect(bubbles('resident')).toEqual(['Bác hỏi: quên mật khẩu', 'Bác hỏi: Hỏi người hỗ trợ']);
    // An older answer keeps its lesson button but not the ones that send.
    expect(screen.getByRole('button', { name: /Học bài: Sửa lỗi VNeID/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Hỏi người hỗ trợ/ })).toBeNull();
  });

  it('sends a quiz answer’s payload but shows its title as the resident’s bubble', async () => {
    const question = reply('Câu 1/3: Tải VNeID ở đâu?', [
      { kind: 'query', payload: 'quiz:vneid-install:0:0', title: 'A. Link trong tin nhắn' },
      { kind: 'query', payload: 'quiz:vneid-install:0:1', title: 'B. CH Play hoặc App Store' },
    ]);
    const { user, ask } = setup(question, reply('Đúng rồi! Chỉ tải từ kho ứng dụng chính thức.'));
    await user.click(screen.getByRole('button', { name: 'Học bài' }));
    await user.click(await screen.findByRole('button', { name: 'B. CH Play hoặc App Store' }));
    expect(ask).toHaveBeenLastCalledWith('quiz:vneid-install:0:1');
    await screen.findByText(/Đúng rồi!/);
    expect(bubbles('resident')).toEqual(['Bác hỏi: Học bài', 'Bác hỏi: B. CH Play hoặc App Store']);
    expect(screen.queryByText(/quiz:/)).toBeNull();
    // The question is over: its options are gone, so it cannot be answered twice.
    expect(screen.queryByRole('button', { name: 'A. Link trong tin nhắn' })).toBeNull();
  });

  it('offline: says so in Vietnamese, keeps the typed question in the box, and sends it once back online', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { user, ask, box } = setup(failure('network', 0), reply('Smart Hải Phòng là ứng dụng của thành phố.'));
    await user.type(box, 'smart hai phong la gi{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Bác đang không có mạng nên tin nhắn chưa gửi được.');
    expect(alert).toHaveTextContent('Câu bác vừa gõ vẫn còn trong ô, không bị mất.');
    expect(box).toHaveValue('smart hai phong la gi');
    expect(bubbles('resident')).toEqual([]);

    online.mockReturnValue(true);
    await user.click(within(alert).getByRole('button', { name: 'Gửi lại' }));
    await screen.findByText('Smart Hải Phòng là ứng dụng của thành phố.');
    expect(ask).toHaveBeenCalledTimes(2);
    expect(ask).toHaveBeenLastCalledWith('smart hai phong la gi');
    expect(box).toHaveValue('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains a server failure and a rejected message differently', async () => {
    const { user, box } = setup(failure('server', 503), failure('invalid_input', 400));
    await user.type(box, 'dấu hiệu lừa đảo{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Trợ lý đang gặp trục trặc.');
    expect(within(screen.getByRole('alert')).getByRole('button', { name: 'Gửi lại' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gửi' }));
    await expect.poll(() => screen.getByRole('alert').textContent).toContain('Bác gõ ngắn gọn lại rồi gửi lại nhé.');
    // Sending the same text again cannot help here: the resident edits it in the box instead.
    expect(within(screen.getByRole('alert')).queryByRole('button', { name: 'Gửi lại' })).toBeNull();
    expect(box).toHaveValue('dấu hiệu lừa đảo');
  });
});
