import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n';
import { ConsentPage } from './consent-page';

let wrap: (ui: ReactNode) => ReactNode;
beforeAll(async () => {
  const i18n = await createI18n('vi');
  // zmp-ui's Page and Header read the router's location.
  wrap = (ui) => (
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>{ui}</MemoryRouter>
    </I18nextProvider>
  );
});

const setup = () => {
  const props = { onAccept: vi.fn(), onDecline: vi.fn(), onLang: vi.fn() };
  render(wrap(<ConsentPage gate lang="vi" {...props} />));
  return { user: userEvent.setup(), ...props };
};

describe('ConsentPage', () => {
  it('says what is stored, why, who sees it and how to delete it, in plain Vietnamese', () => {
    setup();
    for (const heading of ['Lưu những gì', 'Để làm gì', 'Ai được xem', 'Xoá thế nào', 'Nếu bác không đồng ý']) {
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    expect(screen.getByText(/Tên hiển thị của bác, hộ gia đình và tổ dân phố/)).toBeInTheDocument();
    expect(screen.getByText(/Cán bộ phường chỉ xem số lượng/)).toBeInTheDocument();
    expect(screen.getByText(/Dữ liệu của tôi để tải về, rút lại đồng ý hoặc xoá/)).toBeInTheDocument();
  });

  it('starts unticked, with Đồng ý disabled until the resident ticks the box', async () => {
    const { user, onAccept } = setup();
    const box = screen.getByRole('checkbox', { name: 'Tôi đã đọc và đồng ý' });
    const agree = screen.getByRole('button', { name: 'Đồng ý' });
    expect(box).not.toBeChecked();
    expect(agree).toBeDisabled();
    await user.click(agree);
    expect(onAccept).not.toHaveBeenCalled();
    await user.click(box);
    expect(agree).toBeEnabled();
    await user.click(agree);
    expect(onAccept).toHaveBeenCalledOnce();
    await user.click(box);
    expect(agree).toBeDisabled();
  });

  it('lets the resident decline without ticking anything', async () => {
    const { user, onDecline, onAccept } = setup();
    expect(screen.getByText(/Bác vẫn học bình thường. Kết quả chỉ lưu trên điện thoại này/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Không đồng ý' }));
    expect(onDecline).toHaveBeenCalledOnce();
    expect(onAccept).not.toHaveBeenCalled();
  });
});
