import { getDefaultNormalizer, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { appWrapper, type Wrap } from '../../../../tests/setup/app-wrapper';
import { aTarget, aWardReport } from '../../../../tests/builders/report';
import type { WardReportView } from '../../../core/api/report-views';
import { targetSentence } from '../../../core/reports/report-words';
import { ReportPage } from './report-page';

let wrap: Wrap;
beforeAll(async () => {
  wrap = await appWrapper('vi', ['staff']);
});

// Text as written: Testing Library's default folds every whitespace, the no-break space before "%" too, into a plain one.
const asWritten = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };

const setup = (view: WardReportView = aWardReport()) => {
  const onDownload = vi.fn(async () => undefined as string | undefined);
  const onPrint = vi.fn();
  render(
    wrap(
      <ReportPage
        load={async () => ({ ok: true, value: view })}
        trackTitle={(id) => `Chủ đề ${id}`}
        onDownload={onDownload}
        onPrint={onPrint}
      />,
    ),
  );
  return { user: userEvent.setup(), onDownload, onPrint };
};

describe('ReportPage', () => {
  it('shows a late target as the workbook sentence with the status "Chậm"', async () => {
    setup();
    const sentence = targetSentence('vi', aTarget());
    expect(sentence).toContain('(6,2\u00a0%); mục tiêu 100\u00a0% trước');
    const target = (await screen.findByText(sentence, asWritten)).closest('li')!;
    expect(target).toHaveTextContent('Chậm');
    expect(target.querySelector('[data-status]')).toHaveAttribute('data-status', 'late');
    expect(target).toHaveTextContent('chậm so với kế hoạch');
  });

  it('shows suppressed counts as "< 3" in the indicators, the table by tổ and the needs', async () => {
    setup();
    const smartphone = (await screen.findByText('Hộ có điện thoại thông minh')).closest('div')!;
    expect(smartphone).toHaveTextContent('< 3/900 hộ trên số hộ đã khảo sát (tự khai)');
    const row = within(screen.getByTestId('area-table')).getByRole('row', { name: /Tổ dân phố 3/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['120', '80 (66,7\u00a0%)', '< 3 (–)']);
    expect(within(screen.getByTestId('needs')).getByText('Phòng lừa đảo trên mạng').closest('li')).toHaveTextContent(
      '< 3 hộ',
    );
  });

  it('says each indicator over what it is counted, and the trend in words and as a table', async () => {
    setup();
    const reach = (await screen.findAllByText('Hộ đã khảo sát'))[0].closest('div')!;
    expect(reach).toHaveTextContent('75 %');
    expect(reach).toHaveTextContent('900/1.200 hộ trên tổng số hộ');
    expect(
      screen.getByRole('img', { name: 'Cuối tháng 11/2026: 1.200 hộ, 900 hộ đã khảo sát, 300 hộ đã học xong.' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /10\/2026/ })).toHaveTextContent('1.150');
    expect(screen.getByText('Chủ đề vneid').closest('li')).toHaveTextContent('17 hộ');
  });

  it('downloads the annual workbook, says why it could not, and opens the printable summary', async () => {
    const { user, onDownload, onPrint } = setup();
    onDownload.mockResolvedValueOnce('desktop_only');
    await user.click(await screen.findByRole('button', { name: /Tải báo cáo năm \(Excel\)/ }));
    expect(onDownload).toHaveBeenCalledOnce();
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error', 'desktop_only');
    await user.click(screen.getByRole('button', { name: /In bản tóm tắt/ }));
    expect(onPrint).toHaveBeenCalledOnce();
  });

  it('says when the report could not load, and tries again', async () => {
    const load = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, error: { code: 'network', message: '', status: 0 } })
      .mockResolvedValueOnce({ ok: true, value: aWardReport() });
    render(wrap(<ReportPage load={load} trackTitle={(id) => id} onDownload={vi.fn()} onPrint={vi.fn()} />));
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByTestId('ward-report')).toBeInTheDocument();
  });
});
