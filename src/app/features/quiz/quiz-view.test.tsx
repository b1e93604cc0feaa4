import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { appWrapper, type Wrap } from '../../../../tests/setup/app-wrapper';
import { aLesson, aQuestion } from '../../../../tests/builders/lesson';
import { seededRandom } from '../../../core/quiz/shuffle';
import type { QuizResult } from '../../../core/quiz/grade-quiz';

type Graded = Extract<QuizResult, { kind: 'graded' }>;
import { QuizResultView } from './quiz-result';
import { QuizView } from './quiz-view';

let wrap: Wrap;
beforeAll(async () => {
  wrap = await appWrapper();
});

const questions = [aQuestion(), aQuestion({ id: 'q2', card: 'c2', question: 'Câu hai?', correct: 0 })];
const { cards } = aLesson();

describe('QuizView', () => {
  it('shows options in a seeded per-attempt order and grades by authored index', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn();
    const seed = [1, 2, 3, 4, 5, 6, 7, 8].find((n) => {
      const { unmount, container } = render(
        wrap(<QuizView questions={questions} random={seededRandom(n)} onFinish={vi.fn()} />),
      );
      const first = container.querySelector('.hvs-option')?.textContent ?? '';
      unmount();
      return !first.includes('Link trong tin nhắn');
    })!;
    const { container } = render(
      wrap(<QuizView questions={questions} random={seededRandom(seed)} onFinish={onFinish} />),
    );
    expect(container.querySelector('.hvs-option')).not.toHaveTextContent('Link trong tin nhắn');
    await user.click(screen.getByRole('button', { name: /CH Play/ }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    await user.click(screen.getAllByRole('button', { name: /Link trong tin nhắn/ })[0]);
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    expect(onFinish).toHaveBeenCalledWith(expect.objectContaining({ correctFirstTry: 2, review: [] }));
  });

  it('explains a wrong answer at once and lets the resident try again', async () => {
    const user = userEvent.setup();
    render(wrap(<QuizView questions={questions} random={seededRandom(1)} onFinish={vi.fn()} />));
    await user.click(screen.getByRole('button', { name: /Link trong tin nhắn/ }));
    expect(screen.getByRole('status')).toHaveTextContent('Chưa đúng');
    expect(screen.getByRole('status')).toHaveTextContent('Vì sao A sai');
    expect(screen.getByRole('button', { name: /Link trong tin nhắn/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Câu tiếp theo' })).toBeNull();

    await user.click(screen.getByRole('button', { name: /CH Play/ }));
    expect(screen.getByRole('status')).toHaveTextContent('Đúng rồi!');
    // After the right answer every other option shows its own explanation.
    expect(screen.getByText('Vì sao A sai')).toBeInTheDocument();
    expect(screen.getByText('Vì sao C sai')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Câu tiếp theo' })).toBeEnabled();
  });

  it('grades only first tries when the quiz ends', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn();
    render(wrap(<QuizView questions={questions} random={seededRandom(2)} onFinish={onFinish} />));
    await user.click(screen.getByRole('button', { name: /Link trong tin nhắn/ }));
    await user.click(screen.getByRole('button', { name: /CH Play/ }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    expect(screen.getByText('Câu hai?')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: /Link trong tin nhắn/ })[0]);
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    expect(onFinish).toHaveBeenCalledWith({
      kind: 'graded',
      correctFirstTry: 1,
      total: 2,
      score: 0.5,
      passed: true,
      review: [0],
    });
  });
});

/** A result out of the two questions above: one right first try is enough to pass. */
const graded = (correctFirstTry: number, review: number[]): Graded => ({
  kind: 'graded',
  correctFirstTry,
  total: 2,
  score: correctFirstTry / 2,
  passed: correctFirstTry > 0,
  review,
});

/** The result screen with handlers that do nothing, unless a case passes its own. */
const renderResult = (result: Graded, props: Partial<ComponentProps<typeof QuizResultView>> = {}) =>
  render(
    wrap(
      <QuizResultView
        result={result}
        cards={cards}
        questions={questions}
        onRetake={vi.fn()}
        onOpenCard={vi.fn()}
        onHome={vi.fn()}
        {...props}
      />,
    ),
  );

describe('QuizResultView', () => {
  it('shows a failed score, the pass rule, the cards to re-read as buttons, and a retake', async () => {
    const user = userEvent.setup();
    const onRetake = vi.fn();
    const onOpenCard = vi.fn();
    renderResult(graded(0, [0, 1]), { onRetake, onOpenCard });
    expect(screen.getByText('Đúng ngay lần đầu 0/2 câu')).toBeInTheDocument();
    expect(screen.getByText(/đúng ngay lần đầu 1\/2 câu \(được sai 1 câu\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thẻ số 2' }));
    expect(onOpenCard).toHaveBeenCalledWith('c2');
    expect(screen.getByRole('button', { name: 'Thẻ số 1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thẻ số 3' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Làm lại bài kiểm tra' }));
    expect(onRetake).toHaveBeenCalledOnce();
  });

  it('passes with one slip and still names the card to re-read', () => {
    renderResult(graded(1, [1]));
    expect(screen.getByText('Chúc mừng bác đã hoàn thành bài học!')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thẻ số 2' })).toBeInTheDocument();
  });

  // Each way on from a pass shows only where the lesson gives it (a next lesson, the assistant, the fraud track's
  // practice), and opens it.
  it.each([
    ['the next lesson', (open: () => void) => ({ next: { title: 'Bài sau', open } }), 'Bài tiếp theo: Bài sau'],
    [
      'the assistant for questions the lesson left open',
      (onAskBot: () => void) => ({ onAskBot }),
      /Còn thắc mắc\? Hỏi trợ lý/,
    ],
    ['"Thật hay lừa?" after a fraud lesson', (onPractice: () => void) => ({ onPractice }), 'Luyện tập: Thật hay lừa?'],
  ])('offers %s after a pass', async (_, given, name) => {
    const user = userEvent.setup();
    const { unmount } = renderResult(graded(2, []));
    expect(screen.queryByRole('button', { name })).toBeNull();
    unmount();
    const open = vi.fn();
    renderResult(graded(2, []), given(open));
    expect(screen.getByText('Chúc mừng bác đã hoàn thành bài học!')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name }));
    expect(open).toHaveBeenCalledOnce();
  });
});
