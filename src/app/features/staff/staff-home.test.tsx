import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { StaffMeRole, StaffMeView } from '../../../core/api/staff-schemas';
import { createI18n } from '../../i18n';
import { StaffHome } from './staff-home';

const me = (role: StaffMeRole): StaffMeView => ({ role, wardId: 'le-chan', wardName: 'Phường Lê Chân', areaIds: [], schoolName: null, areas: [] });

async function entries(role: StaffMeRole, lang: 'vi' | 'en' = 'vi') {
  const i18n = await createI18n(lang);
  await i18n.loadNamespaces(['staff']);
  const { unmount } = render(
    <I18nextProvider i18n={i18n}>
      <StaffHome me={me(role)} onOpen={vi.fn()} />
    </I18nextProvider>,
  );
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
