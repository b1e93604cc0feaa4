import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { appWrapper, type Wrap } from '../../../../tests/setup/app-wrapper';
import { ConsentPage, type ConsentReason } from './consent-page';

let wrap: Wrap;
beforeAll(async () => {
  wrap = await appWrapper('vi', ['account']);
});

const setup = (reason: ConsentReason = 'household') => {
  const props = { onAccept: vi.fn(), onDecline: vi.fn(), onLang: vi.fn(), onTextSize: vi.fn() };
  render(wrap(<ConsentPage reason={reason} lang="vi" textSize="normal" {...props} />));
  return { user: userEvent.setup(), ...props };
};

describe('ConsentPage', () => {
  it('says why it asks now, the essentials in three lines, and the choice without scrolling through the notice', () => {
    setup();
    expect(screen.getByText(/Để vào hộ gia đình, ứng dụng cần lưu tên và kết quả học/)).toBeInTheDocument();
    expect(screen.getByText(/Không lưu số điện thoại, số căn cước hay vị trí/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đồng ý' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Không đồng ý' })).toBeEnabled();
    // The full notice waits behind "Xem chi tiết".
    expect(screen.queryByRole('heading', { name: 'Lưu những gì' })).toBeNull();
  });

  it('shows the full notice on "Xem chi tiết", with the school paragraph only for a school link', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Xem chi tiết' }));
    for (const heading of ['Lưu những gì', 'Để làm gì', 'Ai được xem', 'Xoá thế nào', 'Nếu bác không đồng ý']) {
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    expect(screen.getByText(/Dữ liệu của tôi để tải về, rút lại đồng ý hoặc xoá/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Đường link bài học của nhà trường' })).toBeNull();
  });

  it('names the school link when that is what asks', async () => {
    const { user } = setup('school');
    expect(screen.getByText(/Bác mở bài học từ đường link của nhà trường/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xem chi tiết' }));
    expect(screen.getByRole('heading', { name: 'Đường link bài học của nhà trường' })).toBeInTheDocument();
  });

  it('lets the resident change the text size before choosing', async () => {
    const { user, onTextSize } = setup();
    await user.click(screen.getByRole('button', { name: 'Rất lớn' }));
    expect(onTextSize).toHaveBeenCalledWith('xlarge');
  });

  it('agrees or declines with one tap each', async () => {
    const { user, onDecline, onAccept } = setup();
    await user.click(screen.getByRole('button', { name: 'Không đồng ý' }));
    expect(onDecline).toHaveBeenCalledOnce();
    expect(onAccept).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Đồng ý' }));
    expect(onAccept).toHaveBeenCalledOnce();
  });
});
