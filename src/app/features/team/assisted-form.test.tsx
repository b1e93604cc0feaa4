import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { appWrapper, type Wrap } from '../../../../tests/setup/app-wrapper';
import type { AssistedBody, AssistedResult, StaffHouseholdDetail } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';
import { AssistedForm } from './assisted-form';

let wrap: Wrap;
beforeAll(async () => {
  wrap = await appWrapper('vi', ['staff']);
});

const detail: StaffHouseholdDetail = {
  household: {
    id: 'h1',
    code: 'ABC234',
    areaId: 'le-chan/3',
    areaName: 'Tổ dân phố 3',
    wardName: 'Phường Lê Chân',
    label: null,
  },
  members: [{ id: 'm1', displayName: 'Bà Lan', role: 'head', consent: 'given' }],
  lessons: [
    { lessonId: 'vneid-install', done: true, doneBy: ['m1'] },
    { lessonId: 'vneid-levels', done: false, doneBy: [] },
  ],
  history: [],
  survey: null,
  needsVisit: true,
};
const lessons = [
  { id: 'vneid-install', title: 'Cài VNeID', required: true },
  { id: 'vneid-levels', title: 'Mức VNeID', required: true },
  { id: 'fraud-deepfake', title: 'Deepfake', required: false },
];

describe('AssistedForm', () => {
  it('keeps the same id for a retry of the same result, and makes a new one after it is recorded or changed', async () => {
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const answers: ApiResult<AssistedResult>[] = [{ ok: false, error: { code: 'network', message: 'x', status: 0 } }];
    const record = vi.fn(
      async (b: AssistedBody): Promise<ApiResult<AssistedResult>> =>
        answers.shift() ?? {
          ok: true,
          value: {
            ...b,
            passed: b.passed ?? false,
            memberId: b.memberId ?? null,
            status: 'recorded',
            householdId: 'h1',
            source: 'assisted',
            recordedBy: 'm9',
          },
        },
    );
    const onRecorded = vi.fn();
    const user = userEvent.setup();
    render(
      wrap(<AssistedForm detail={detail} lessons={lessons} newId={newId} record={record} onRecorded={onRecorded} />),
    );

    // Nothing is chosen beforehand: a pass is recorded only when the team member says so.
    expect(screen.getByLabelText('Bài học')).toHaveValue('');
    expect(screen.getByRole('button', { name: '✓ Đạt' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByLabelText('Điểm (%)')).toHaveValue(null);
    await user.selectOptions(screen.getByLabelText('Bài học'), 'vneid-levels');
    await user.selectOptions(screen.getByLabelText('Người học'), 'Bà Lan');
    await user.click(screen.getByRole('button', { name: '✓ Đạt' }));
    await user.type(screen.getByLabelText('Điểm (%)'), '100');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    await screen.findByText(/Không kết nối được/);
    await user.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    expect(onRecorded).toHaveBeenCalledTimes(1);
    const [first, retry] = record.mock.calls.map(([b]) => b);
    expect(retry.id).toBe(first.id);
    expect(retry).toMatchObject({ lessonId: 'vneid-levels', memberId: 'm1', passed: true, score: 1 });

    await user.click(screen.getByRole('button', { name: 'Chưa đạt' }));
    await user.clear(screen.getByLabelText('Điểm (%)'));
    await user.type(screen.getByLabelText('Điểm (%)'), '40');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    const third = record.mock.calls[2][0];
    expect(third.id).not.toBe(first.id);
    expect(third).toMatchObject({ passed: false, score: 0.4 });
  });

  it('asks for the lesson and the result instead of assuming them', async () => {
    const record = vi.fn();
    const user = userEvent.setup();
    render(
      wrap(<AssistedForm detail={detail} lessons={lessons} newId={() => 'id'} record={record} onRecorded={vi.fn()} />),
    );
    await user.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    expect(screen.getByText('Anh/chị chọn bài học trước.')).toBeInTheDocument();
    expect(screen.getByText('Anh/chị chọn Đạt hoặc Chưa đạt.')).toBeInTheDocument();
    expect(record).not.toHaveBeenCalled();
  });

  it('refuses a score outside 0–100 without calling the service', async () => {
    const record = vi.fn();
    const user = userEvent.setup();
    render(
      wrap(<AssistedForm detail={detail} lessons={lessons} newId={() => 'id'} record={record} onRecorded={vi.fn()} />),
    );
    await user.selectOptions(screen.getByLabelText('Bài học'), 'vneid-levels');
    await user.click(screen.getByRole('button', { name: '✓ Đạt' }));
    await user.clear(screen.getByLabelText('Điểm (%)'));
    await user.type(screen.getByLabelText('Điểm (%)'), '120');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    expect(screen.getByText('Điểm từ 0 đến 100.')).toBeInTheDocument();
    expect(record).not.toHaveBeenCalled();
  });
});
