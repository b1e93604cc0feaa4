import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { appWrapper, type Wrap } from '../../../../tests/setup/app-wrapper';
import { aCityWard, anIndicator, aTarget } from '../../../../tests/builders/report';
import type { CityOverviewView } from '../../../core/api/report-views';
import { CityPage } from './city-page';

let wrap: Wrap;
beforeAll(async () => {
  wrap = await appWrapper('vi', ['staff']);
});

const view: CityOverviewView = {
  asOf: '2026-11-24',
  city: { indicators: [anIndicator('reach', 1500, 2400), anIndicator('completed', 400, 2400)] },
  wards: [
    aCityWard(),
    aCityWard({
      wardId: 'ngo-quyen',
      wardName: 'Phường Ngô Quyền',
      indicators: [anIndicator('reach', 600, 1200), anIndicator('completed', 100, 1200)],
      targets: [aTarget({ status: 'stalled', perWeek: 0, reachedBy: null })],
      completedPerWeek: 0,
      lagging: true,
    }),
  ],
};

describe('CityPage', () => {
  it('puts the city totals on top and marks the lagging ward in words, not by colour alone', async () => {
    render(wrap(<CityPage load={async () => ({ ok: true, value: view })} />));
    const totals = await screen.findByRole('region', { name: 'Cả thành phố (2 phường)' });
    expect(totals).toHaveTextContent('62,5 %');
    expect(totals).toHaveTextContent('Có 1 phường đang chậm');
    const behind = screen.getByRole('row', { name: /Phường Ngô Quyền/ });
    expect(within(behind).getByRole('rowheader')).toHaveTextContent('Đang chậm');
    expect(within(behind).getByText('Chưa có tiến độ')).toBeInTheDocument();
    const fine = screen.getByRole('row', { name: /Phường Lê Chân/ });
    expect(fine).not.toHaveTextContent('Đang chậm');
    expect(fine).toHaveTextContent('75 % (900/1.200)');
    expect(fine).toHaveTextContent('37,5');
    expect(within(fine).getByText('Kịp kế hoạch')).toBeInTheDocument();
  });
});
