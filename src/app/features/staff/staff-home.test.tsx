import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appWrapper } from '../../../../tests/setup/app-wrapper';
import type { StaffMeRole, StaffMeView } from '../../../core/api/staff-schemas';
import { StaffHome } from './staff-home';

const me = (role: StaffMeRole): StaffMeView => ({
  role,
  wardId: 'le-chan',
  wardName: 'Phường Lê Chân',
  areaIds: [],
  schoolName: null,
  areas: [],
});

async function entries(role: StaffMeRole, lang: 'vi' | 'en' = 'vi') {
  const wrap = await appWrapper(lang, ['staff']);
  const { unmount } = render(wrap(<StaffHome me={me(role)} onOpen={vi.fn()} />));
  const keys = [...document.querySelectorAll<HTMLElement>('[data-staff-entry]')].map((e) => e.dataset.staffEntry);
  const role_ = screen.getByTestId('staff-role').textContent;
  unmount();
  return { keys, role: role_ };
}

describe('StaffHome', () => {
  it('offers the report and the training plan to a ward admin and a team, and only the city overview to the city', async () => {
    expect((await entries('ward_admin')).keys).toEqual(expect.arrayContaining(['report', 'trainingPlan']));
    expect((await entries('team')).keys).toEqual(expect.arrayContaining(['report', 'trainingPlan']));
    expect((await entries('ward_admin')).keys).not.toContain('city');
    const city = await entries('city');
    expect(city.keys).toEqual(['city']);
    expect(city.role).toContain('Cán bộ thành phố');
    expect((await entries('city', 'en')).role).toContain('City staff');
  });
});
