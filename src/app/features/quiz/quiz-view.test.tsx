import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { aQuestion } from '../../../../tests/builders/lesson';
import type { QuizResult } from '../../../core/quiz/grade-quiz';
import { createI18n } from '../../i18n';

type Graded = Extract<QuizResult, { kind: 'graded' }>;
import { QuizResultView } from './quiz-result';
import { QuizView } from './quiz-view';

let wrap: (ui: ReactNode) => ReactNode;
beforeAll(async () => {
  const i18n = await createI18n('vi');
  wrap = (ui) => <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>;
});

const questions = [aQuestion(), aQuestion({ id: 'q2', question: 'Câu hai?', correct: 0 })];

describe('QuizView', () => {
  it('explains a wrong answer at once and lets the resident try again', async () => {
    const user = userEvent.setup();
    render(wrap(<QuizView questions={questions} passScore={0.8} onFinish={vi.fn()} />));
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
    render(wrap(<QuizView questions={questions} passScore={0.8} onFinish={onFinish} />));
    await user.click(screen.getByRole('button', { name: /Link trong tin nhắn/ }));
    await user.click(screen.getByRole('button', { name: /CH Play/ }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    expect(screen.getByText('Câu hai?')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: /Link trong tin nhắn/ })[0]);
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    expect(onFinish).toHaveBeenCalledWith({ kind: 'graded', correctFirstTry: 1, total: 2, score: 0.5, passed: false, review: [0] });
  });
});

describe('QuizResultView', () => {
  it('shows a failed score, the pass rule, what to review and a retake', async () => {
    const user = userEvent.setup();
    const onRetake = vi.fn();
    const result: Graded = { kind: 'graded', correctFirstTry: 1, total: 2, score: 0.5, passed: false, review: [0] };
    render(wrap(<QuizResultView result={result} questions={questions} passScore={0.8} onRetake={onRetake} onReread={vi.fn()} onHome={vi.fn()} />));
    expect(screen.getByText('Đúng ngay lần đầu 1/2 câu')).toBeInTheDocument();
    expect(screen.getByText(/ít nhất 80%/)).toBeInTheDocument();
    expect(screen.getByText('Bác nên xem lại')).toBeInTheDocument();
    expect(screen.getByText('CH Play hoặc App Store')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Làm lại bài kiểm tra' }));
    expect(onRetake).toHaveBeenCalledOnce();
  });

  it('offers the next lesson after a pass', async () => {
    const user = userEvent.setup();
    const open = vi.fn();
    const result: Graded = { kind: 'graded', correctFirstTry: 2, total: 2, score: 1, passed: true, review: [] };
    render(wrap(<QuizResultView result={result} questions={questions} passScore={0.8} next={{ title: 'Bài sau', open }} onRetake={vi.fn()} onReread={vi.fn()} onHome={vi.fn()} />));
    expect(screen.getByText('Chúc mừng bác đã hoàn thành bài học!')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bài tiếp theo: Bài sau' }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('offers the assistant for questions the lesson left open', async () => {
    const user = userEvent.setup();
    const onAskBot = vi.fn();
    const result: Graded = { kind: 'graded', correctFirstTry: 2, total: 2, score: 1, passed: true, review: [] };
    render(wrap(<QuizResultView result={result} questions={questions} passScore={0.8} onRetake={vi.fn()} onReread={vi.fn()} onHome={vi.fn()} onAskBot={onAskBot} />));
    await user.click(screen.getByRole('button', { name: /Còn thắc mắc\? Hỏi trợ lý/ }));
    expect(onAskBot).toHaveBeenCalledOnce();
  });
});
