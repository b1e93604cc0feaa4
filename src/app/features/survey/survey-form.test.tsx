import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { aSurveyAnswers } from '../../../../tests/builders/survey';
import { appWrapper, type Wrap } from '../../../../tests/setup/app-wrapper';
import type { SurveyAnswers } from '../../../core/survey/survey';
import { SurveyForm } from './survey-form';

let wrap: Wrap;
beforeAll(async () => {
  wrap = await appWrapper('vi', ['survey']);
});

const answers = (over: Partial<SurveyAnswers['uses']> = {}): SurveyAnswers =>
  aSurveyAnswers({ uses: over, wantsToLearn: { topics: ['vneid', 'online-safety'], other: 'gọi video cho cháu' } });

const QUESTIONS: [string, 'Có' | 'Không'][] = [
  ['Có điện thoại thông minh (cài được ứng dụng) không?', 'Có'],
  ['Có máy tính (để bàn hoặc xách tay) không?', 'Không'],
  ['Có mạng Internet (Wi-Fi hoặc 4G) không?', 'Có'],
  ['Có ai trong nhà dùng Zalo không?', 'Có'],
  ['Đã từng làm thủ tục trên Cổng dịch vụ công trực tuyến chưa?', 'Không'],
  ['Có trả tiền không dùng tiền mặt (chuyển khoản, quét mã QR) không?', 'Có'],
  ['Có dùng ứng dụng Smart Hải Phòng không?', 'Không'],
];

const setup = (initial?: SurveyAnswers, result?: string) => {
  const onSubmit = vi.fn(async (_a: SurveyAnswers) => result);
  render(wrap(<SurveyForm initial={initial} submitLabel="Gửi khảo sát" onSubmit={onSubmit} />));
  return { user: userEvent.setup(), onSubmit };
};

describe('SurveyForm', () => {
  it('sends nothing until every question is answered, and says which are left', async () => {
    const { user, onSubmit } = setup();
    await user.click(screen.getByRole('button', { name: 'Gửi khảo sát' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Còn 8 câu chưa trả lời.');
    expect(screen.getAllByText('Câu này chưa trả lời.')).toHaveLength(8);

    await user.click(within(screen.getByRole('group', { name: QUESTIONS[0][0] })).getByRole('button', { name: 'Có' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Còn 7 câu chưa trả lời.');
  });

  it('answers with large yes/no buttons, the VNeID level as three buttons and topics as chips', async () => {
    const { user, onSubmit } = setup();
    for (const [question, answer] of QUESTIONS) {
      const group = screen.getByRole('group', { name: question });
      await user.click(within(group).getByRole('button', { name: answer }));
      expect(within(group).getByRole('button', { name: answer })).toHaveAttribute('aria-pressed', 'true');
    }
    const levels = screen.getByRole('group', { name: 'Tài khoản VNeID của người trong nhà ở mức nào?' });
    expect(
      within(levels)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Chưa cóChưa có tài khoản', 'Mức 1Tự đăng ký trên điện thoại', 'Mức 2Đã xác thực tại công an']);
    await user.click(within(levels).getByRole('button', { name: /Mức 2/ }));
    const topics = screen.getByRole('group', { name: 'Muốn học gì' });
    await user.click(within(topics).getByRole('button', { name: 'Dịch vụ công trực tuyến' }));
    await user.click(within(topics).getByRole('button', { name: 'Phòng lừa đảo trên mạng' }));
    await user.click(within(topics).getByRole('button', { name: /Dịch vụ công trực tuyến/ }));
    expect(within(topics).getByRole('button', { name: /Phòng lừa đảo/ })).toHaveAttribute('aria-pressed', 'true');
    await user.type(screen.getByLabelText('Muốn học điều khác (không bắt buộc)'), '  gọi video  ');
    await user.click(screen.getByRole('button', { name: 'Gửi khảo sát' }));

    expect(onSubmit).toHaveBeenCalledWith({
      devices: { smartphone: true, computer: false, internet: true },
      uses: { zalo: true, vneidLevel: 2, onlinePublicServices: false, cashlessPayments: true, smartHaiPhong: false },
      wantsToLearn: { topics: ['online-safety'], other: 'gọi video' },
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('starts from the household’s last answers and shows the service’s refusal', async () => {
    const { user, onSubmit } = setup(answers(), 'no_household');
    expect(
      within(screen.getByRole('group', { name: QUESTIONS[1][0] })).getByRole('button', { name: 'Không' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('group', { name: /VNeID/ })).getByRole('button', { name: /Mức 1/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByLabelText('Muốn học điều khác (không bắt buộc)')).toHaveValue('gọi video cho cháu');
    await user.click(screen.getByRole('button', { name: 'Gửi khảo sát' }));
    expect(onSubmit).toHaveBeenCalledWith(answers());
    expect(await screen.findByText('Cần vào hộ gia đình trước rồi mới làm khảo sát.')).toBeInTheDocument();
  });
});
