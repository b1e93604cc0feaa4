import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { appWrapper, type Wrap } from '../../../../tests/setup/app-wrapper';
import { anItem, aSide } from '../../../../tests/builders/practice';
import { seededRandom } from '../../../core/quiz/shuffle';
import { PracticePage } from './practice-page';
import { PRACTICE_KEY } from './practice-save';
import { memoryStore } from '../../../platform/memory-store';

let wrap: Wrap;
beforeAll(async () => {
  wrap = await appWrapper();
});

const genuine = anItem({
  id: 'genuine-one',
  verdict: 'genuine',
  teaches: { lesson: 'vneid-documents', card: 'which' },
});
const scams = [1, 2, 3, 4, 5, 6].map((n) => anItem({ id: `scam-${n}`, vi: aSide({ from: `Người gửi ${n}` }) }));

function setup(items = [genuine, ...scams], storage = memoryStore()) {
  const onOpenLesson = vi.fn();
  const onHome = vi.fn();
  const ui = (
    <PracticePage
      items={items}
      lang="vi"
      storage={storage}
      random={seededRandom(1)}
      lessonTitle={(id) => `Bài ${id}`}
      onOpenLesson={onOpenLesson}
      onHome={onHome}
      onBack={vi.fn()}
    />
  );
  const view = render(wrap(ui));
  return {
    user: userEvent.setup(),
    storage,
    onOpenLesson,
    onHome,
    view,
    remount: () => (view.unmount(), render(wrap(ui))),
  };
}

const shownItem = () => document.querySelector<HTMLElement>('.pr-item')!.dataset.item!;

describe('PracticePage', () => {
  it('draws an SMS as text for screen readers, with nothing inside it to tap', () => {
    setup([genuine]);
    expect(
      screen.getByText(
        'Tin nhắn SMS từ Ngân hàng (Tin nhắn · 08:15): Tài khoản sẽ bị khóa. Đường link: nganhang-xacminh.top.',
      ),
    ).toBeInTheDocument();
    const item = document.querySelector('.pr-item')!;
    expect(item.querySelectorAll('a, button, [role=button], [role=link]')).toHaveLength(0);
    expect(screen.getAllByRole('button').map((b) => b.textContent?.trim())).toEqual(
      expect.arrayContaining(['🚫 Lừa đảo', '✅ An toàn']),
    );
    expect(document.querySelector('.is-marked')).toBeNull();
  });

  it('says a wrong answer plainly, numbers the clues on the item and in the list, and links the lesson card', async () => {
    const { user, onOpenLesson } = setup([genuine]);
    await user.click(screen.getByRole('button', { name: 'Lừa đảo' }));
    const feedback = screen.getByTestId('practice-feedback');
    // The tapped button is gone: focus is on the feedback, not lost to the page.
    expect(feedback).toHaveFocus();
    expect(feedback).toHaveTextContent('Chưa đúng. Cái này là thật, an toàn.');
    const clues = within(feedback)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(clues).toEqual(['1Tên người gửi giả được.', '2Đuôi .top không phải trang ngân hàng.']);
    expect(document.querySelector('[data-part="from"].is-marked .pr-mark')).toHaveTextContent('1');
    expect(document.querySelector('[data-part="link"].is-marked .pr-mark')).toHaveTextContent('2');
    expect(document.querySelector('[data-part="body"]')).not.toHaveClass('is-marked');
    expect(feedback).toHaveTextContent('Không bấm đường link.');
    // The answer is given once: the verdict buttons make way for "Xem kết quả" (a round of one).
    expect(screen.queryByRole('button', { name: 'An toàn' })).toBeNull();
    await user.click(within(feedback).getByRole('button', { name: /Học lại: Bài vneid-documents/ }));
    expect(onOpenLesson).toHaveBeenCalledWith('vneid-documents', 'which');
  });

  it('plays a round of 5 without repeats, scores it, and draws unseen items next', async () => {
    const { user, storage } = setup();
    const played: string[] = [];
    for (let n = 1; n <= 5; n++) {
      expect(screen.getByText(`Tin ${n}/5`)).toBeInTheDocument();
      const id = shownItem();
      played.push(id);
      // Right on every item but the first.
      const right = id === genuine.id ? 'An toàn' : 'Lừa đảo';
      const wrong = right === 'An toàn' ? 'Lừa đảo' : 'An toàn';
      await user.click(screen.getByRole('button', { name: n === 1 ? wrong : right }));
      expect(screen.getByTestId('practice-feedback')).toHaveTextContent(n === 1 ? 'Chưa đúng.' : 'Đúng rồi!');
      await user.click(screen.getByRole('button', { name: n === 5 ? 'Xem kết quả' : 'Tiếp' }));
    }
    expect(new Set(played).size).toBe(5);
    expect(played).toContain(genuine.id);
    expect(screen.getByRole('heading', { name: 'Bác đúng 4/5' })).toBeInTheDocument();
    expect(JSON.parse(storage.data.get(PRACTICE_KEY)!).seen.sort()).toEqual([...played].sort());

    await user.click(screen.getByRole('button', { name: 'Chơi vòng mới' }));
    // 7 items, 5 seen: the 2 left come first in the new round.
    const next: string[] = [];
    for (let n = 1; n <= 5; n++) {
      next.push(shownItem());
      await user.click(screen.getByRole('button', { name: 'An toàn' }));
      await user.click(screen.getByRole('button', { name: n === 5 ? 'Xem kết quả' : 'Tiếp' }));
    }
    const unseen = [genuine, ...scams].map((i) => i.id).filter((id) => !played.includes(id));
    expect(next).toEqual(expect.arrayContaining(unseen));
  });

  it('comes back to an unfinished round where it was left (after "Học lại", a phone call)', async () => {
    const { user, remount } = setup();
    await user.click(screen.getByRole('button', { name: 'An toàn' }));
    await user.click(screen.getByRole('button', { name: 'Tiếp' }));
    const second = shownItem();
    await user.click(screen.getByRole('button', { name: 'Lừa đảo' }));
    remount();
    expect(screen.getByText('Tin 2/5')).toBeInTheDocument();
    expect(shownItem()).toBe(second);
    expect(screen.getByTestId('practice-feedback')).toBeInTheDocument();
  });
});
