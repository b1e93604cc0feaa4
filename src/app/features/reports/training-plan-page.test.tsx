import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { appWrapper, type Wrap } from '../../../../tests/setup/app-wrapper';
import { aTrainingPlan } from '../../../../tests/builders/report';
import type { TrainingPlanView } from '../../../core/api/report-views';
import { TrainingPlanPage } from './training-plan-page';
import { visitListPath } from './visit-list';

let wrap: Wrap;
beforeAll(async () => {
  wrap = await appWrapper('vi', ['staff']);
});

const setup = (view: TrainingPlanView) => {
  const onOpen = vi.fn();
  render(wrap(<TrainingPlanPage load={async () => ({ ok: true, value: view })} onOpen={onOpen} />));
  return { user: userEvent.setup(), onOpen };
};

describe('TrainingPlanPage', () => {
  it('lists each tổ’s items, most households first, in the workbook’s words, with hidden counts as "< 3"', async () => {
    setup(aTrainingPlan());
    expect(await screen.findByRole('heading', { name: 'Tổ dân phố 3 (120\u00a0hộ)' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '42 hộ cần hướng dẫn VNeID mức 2',
      '17 hộ chưa có điện thoại thông minh',
      '< 3 hộ muốn học phòng lừa đảo trên mạng',
      '< 3 hộ chưa được khảo sát',
    ]);
  });

  it('gives a ward admin no visit-list links', async () => {
    setup(aTrainingPlan({ visitLists: false }));
    await screen.findByText('42 hộ cần hướng dẫn VNeID mức 2');
    expect(screen.queryByRole('link', { name: /Xem danh sách hộ/ })).not.toBeInTheDocument();
  });

  it('gives the tổ’s team a link per item to the households behind it', async () => {
    const { user, onOpen } = setup(aTrainingPlan({ visitLists: true }));
    const links = await screen.findAllByRole('link', { name: /Xem danh sách hộ/ });
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/staff/households?lacks=vneid2&areaId=le-chan%2F3',
      '/staff/households?lacks=smartphone&areaId=le-chan%2F3',
      '/staff/households?wants=online-safety&areaId=le-chan%2F3',
      '/staff/households?filter=no_survey&areaId=le-chan%2F3',
    ]);
    expect(links[0]).toHaveAccessibleDescription('42 hộ cần hướng dẫn VNeID mức 2');
    await user.click(links[3]);
    expect(onOpen).toHaveBeenCalledWith('/staff/households?filter=no_survey&areaId=le-chan%2F3');
  });
});

describe('visitListPath', () => {
  it('filters the list the way the household list query reads it', () => {
    expect(visitListPath('a/1', { kind: 'wants', need: 'vneid', households: 3 })).toBe(
      '/staff/households?wants=vneid&areaId=a%2F1',
    );
  });
});
