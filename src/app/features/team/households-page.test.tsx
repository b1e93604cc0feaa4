import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { appWrapper, type Wrap } from '../../../../tests/setup/app-wrapper';
import type { StaffHouseholdPage, StaffHouseholdRow, StaffMeView } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';
import type { ListQuery } from '../../api/staff-api';
import { HouseholdsPage } from './households-page';

let wrap: Wrap;
beforeAll(async () => {
  wrap = await appWrapper('vi', ['staff']);
});

const required = [
  { id: 'vneid-install', title: 'Cài VNeID', required: true },
  { id: 'vneid-levels', title: 'Mức VNeID', required: true },
  { id: 'fraud-bank-sms', title: 'Tin nhắn ngân hàng giả', required: true },
];

const aRow = (code: string, over: Partial<StaffHouseholdRow> = {}): StaffHouseholdRow => ({
  id: `id-${code}`,
  code,
  label: null,
  areaId: 'le-chan/3',
  areaName: 'Tổ dân phố 3',
  members: 2,
  doneCount: 0,
  total: 3,
  complete: false,
  lessons: { 'vneid-install': false, 'vneid-levels': false, 'fraud-bank-sms': false },
  lastActivity: null,
  survey: false,
  needsVisit: false,
  ...over,
});

const team = (
  areas = [
    { id: 'le-chan/3', name: 'Tổ dân phố 3' },
    { id: 'le-chan/5', name: 'Tổ dân phố 5' },
  ],
): StaffMeView => ({
  role: 'team',
  wardId: 'le-chan',
  wardName: 'Phường Lê Chân',
  areaIds: areas.map((a) => a.id),
  schoolName: null,
  areas,
});

/** A fake service: answers every list query with `rows(query)`, 2 rows a page, and records what was asked. */
function fakeService(rows: (q: ListQuery) => StaffHouseholdRow[]) {
  return vi.fn(async (q: ListQuery): Promise<ApiResult<StaffHouseholdPage>> => {
    const all = rows(q);
    const page = q.page ?? 1;
    return {
      ok: true,
      value: { items: all.slice((page - 1) * 2, page * 2), total: all.length, page, pageSize: q.pageSize ?? 30 },
    };
  });
}

const setup = (load: ReturnType<typeof fakeService>, me = team()) => {
  const onOpen = vi.fn();
  render(
    wrap(<HouseholdsPage me={me} required={required} load={load} create={vi.fn()} onPrint={vi.fn()} onOpen={onOpen} />),
  );
  return { user: userEvent.setup(), onOpen };
};

const codes = () => screen.queryAllByRole('button').flatMap((b) => (b.dataset.household ? [b.dataset.household] : []));

describe('HouseholdsPage', () => {
  it('shows each house in the order the service sends: code, ✓ per required lesson, activity, survey and the visit badge', async () => {
    const load = fakeService(() => [
      aRow('ABC234', { needsVisit: true, label: 'Số 7 ngõ 12' }),
      aRow('DEF567', {
        doneCount: 2,
        lessons: { 'vneid-install': true, 'vneid-levels': false, 'fraud-bank-sms': true },
        lastActivity: '2026-11-20T03:00:00Z',
        survey: true,
      }),
    ]);
    const { user, onOpen } = setup(load);
    await waitFor(() => expect(codes()).toEqual(['ABC234', 'DEF567']));
    expect(load).toHaveBeenCalledWith({ page: 1, pageSize: 30 });
    const first = screen.getByRole('button', { name: /ABC-234/ });
    expect(first).toHaveTextContent('Số 7 ngõ 12');
    expect(within(first).getByText('Cần đến thăm: chưa khảo sát')).toBeInTheDocument();
    expect(within(first).getByText('Chưa hoạt động')).toBeInTheDocument();
    expect(within(first).getByText('Chưa khảo sát')).toBeInTheDocument();
    const second = screen.getByRole('button', { name: /DEF-567/ });
    expect(within(second).getByRole('img', { name: 'Đã xong 2/3 bài bắt buộc' }).textContent).toBe('✓○✓2/3');
    expect(within(second).queryByText('Cần đến thăm')).toBeNull();
    expect(within(second).getByText('Đã khảo sát')).toBeInTheDocument();
    expect(within(second).getByText('Lần cuối: 20/11/2026')).toBeInTheDocument();
    await user.click(second);
    expect(onOpen).toHaveBeenCalledWith('id-DEF567');
  });

  it('filters by status chip, searches by code or label, and narrows to one tổ dân phố', async () => {
    const load = fakeService((q) =>
      q.filter === 'needs_visit'
        ? [aRow('VVV222', { needsVisit: true })]
        : q.q
          ? [aRow('ABC234')]
          : q.areaId
            ? [aRow('TTT555')]
            : [aRow('AAA222'), aRow('BBB333')],
    );
    const { user } = setup(load);
    await waitFor(() => expect(codes()).toEqual(['AAA222', 'BBB333']));
    const chips = screen.getByRole('group', { name: 'Lọc theo tình trạng' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Tất cả', 'Chưa bắt đầu', 'Đang học', 'Đã xong', 'Cần đến thăm']);
    expect(within(chips).getByRole('button', { name: 'Tất cả' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(chips).getByRole('button', { name: 'Cần đến thăm' }));
    await waitFor(() => expect(codes()).toEqual(['VVV222']));
    expect(load).toHaveBeenLastCalledWith({ filter: 'needs_visit', page: 1, pageSize: 30 });
    expect(within(chips).getByRole('button', { name: 'Cần đến thăm' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(chips).getByRole('button', { name: 'Tất cả' })).toHaveAttribute('aria-pressed', 'false');

    await user.click(within(chips).getByRole('button', { name: 'Tất cả' }));
    await user.type(screen.getByRole('searchbox', { name: 'Tìm hộ' }), 'abc-2');
    await waitFor(() => expect(codes()).toEqual(['ABC234']));
    // Typed quickly, the search goes once, after the typing stops.
    expect(load.mock.calls.filter(([q]) => q.q)).toEqual([[{ q: 'abc-2', filter: undefined, page: 1, pageSize: 30 }]]);

    await user.clear(screen.getByRole('searchbox', { name: 'Tìm hộ' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tổ dân phố' }), 'Tổ dân phố 5');
    await waitFor(() => expect(codes()).toEqual(['TTT555']));
    expect(load).toHaveBeenLastCalledWith(expect.objectContaining({ areaId: 'le-chan/5', q: undefined, page: 1 }));
  });

  it('pages with "Xem thêm" and offers no area picker to someone with one tổ dân phố', async () => {
    const load = fakeService(() => [aRow('AAA222'), aRow('BBB333'), aRow('CCC444')]);
    const { user } = setup(load, team([{ id: 'le-chan/3', name: 'Tổ dân phố 3' }]));
    await waitFor(() => expect(codes()).toEqual(['AAA222', 'BBB333']));
    expect(screen.queryByRole('combobox', { name: 'Tổ dân phố' })).toBeNull();
    expect(screen.getByTestId('households-total')).toHaveTextContent('Đang xem 2/3 hộ');
    await user.click(screen.getByRole('button', { name: 'Xem thêm (còn 1 hộ)' }));
    await waitFor(() => expect(codes()).toEqual(['AAA222', 'BBB333', 'CCC444']));
    expect(load).toHaveBeenLastCalledWith({ page: 2, pageSize: 30 });
    expect(screen.queryByRole('button', { name: /Xem thêm/ })).toBeNull();
  });

  it('opened from a training-plan item, asks for those households and says so in a chip that clears the filter', async () => {
    const load = fakeService(() => [aRow('ABC234')]);
    const onCriteria = vi.fn();
    render(
      wrap(
        <HouseholdsPage
          me={team()}
          required={required}
          load={load}
          create={vi.fn()}
          onPrint={vi.fn()}
          onOpen={vi.fn()}
          initial={{ lacks: 'vneid2', areaId: 'le-chan/3' }}
          onCriteria={onCriteria}
        />,
      ),
    );
    await waitFor(() =>
      expect(load).toHaveBeenCalledWith({ lacks: 'vneid2', areaId: 'le-chan/3', page: 1, pageSize: 30 }),
    );
    expect(screen.getByTestId('plan-filter')).toHaveTextContent(
      'Đang lọc theo kế hoạch tập huấn: hộ cần hướng dẫn VNeID mức 2',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Bỏ lọc: hộ cần hướng dẫn VNeID mức 2' }));
    await waitFor(() =>
      expect(load).toHaveBeenLastCalledWith(
        expect.objectContaining({ lacks: undefined, areaId: 'le-chan/3', page: 1 }),
      ),
    );
    expect(screen.queryByTestId('plan-filter')).not.toBeInTheDocument();
    expect(onCriteria).toHaveBeenLastCalledWith(expect.objectContaining({ lacks: undefined, filter: undefined }));
  });
});
