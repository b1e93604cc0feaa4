import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { appWrapper } from '../../../../tests/setup/app-wrapper';
import { aWardReport } from '../../../../tests/builders/report';
import { PrintSummary } from './print-summary';

describe('PrintSummary', () => {
  it('is in Vietnamese, titled with the ward and dated, even when the app is in English', async () => {
    const wrap = await appWrapper('en', ['staff']);
    const onPrint = vi.fn();
    render(wrap(<PrintSummary load={async () => ({ ok: true, value: aWardReport() })} onPrint={onPrint} />));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Báo cáo kết quả Bình dân học vụ số — Phường Lê Chân' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Số liệu đến hết ngày 24/11/2026')).toBeInTheDocument();
    expect(screen.getByTestId('print-sheet')).toHaveTextContent('chậm so với kế hoạch');
    expect(screen.getByRole('list', { name: 'Theo tổ dân phố' })).toHaveTextContent('Tổ dân phố 5');
    await userEvent.setup().click(screen.getByRole('button', { name: /In \/ Lưu PDF/ }));
    expect(onPrint).toHaveBeenCalledOnce();
  });
});
