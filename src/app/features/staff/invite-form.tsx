import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateInviteBody, StaffMeView, StaffRoleName } from '../../../core/api/staff-schemas';
import { FormSubmit } from '../../components/form-submit';
import { TextField } from '../../components/text-field';
import { AreaChoices } from '../../components/area-choices';

type Props = { me: StaffMeView; onInvite: (body: CreateInviteBody) => Promise<string | undefined> };

const ROLES: StaffRoleName[] = ['team', 'school', 'ward_admin'];

/** A ward admin invites a team member (with their tổ dân phố), a school (with its name) or another ward admin. */
export function InviteForm({ me, onInvite }: Props) {
  const { t } = useTranslation('staff');
  const [role, setRole] = useState<StaffRoleName>('team');
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const [schoolName, setSchoolName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const toggleArea = (id: string) =>
    setAreaIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing =
      role === 'team' && !areaIds.length
        ? 'invite.chooseAreas'
        : role === 'school' && !schoolName.trim()
          ? 'invite.typeSchool'
          : undefined;
    setProblem(missing);
    setError(undefined);
    if (missing) return;
    setBusy(true);
    const body: CreateInviteBody =
      role === 'team' ? { role, areaIds } : role === 'school' ? { role, schoolName: schoolName.trim() } : { role };
    setError(await onInvite(body));
    setBusy(false);
  };

  return (
    <form className="hvs-card hvs-form" onSubmit={(e) => void submit(e)}>
      <fieldset className="hvs-fieldset">
        <legend className="hvs-label">{t('invite.role')}</legend>
        <div className="hvs-choices">
          {ROLES.map((r) => (
            <label key={r} className={`hvs-choice${role === r ? ' is-on' : ''}`}>
              <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
              <span className="hvs-list-main">
                <strong>{t(`role.${r}`)}</strong>
                <span className="hvs-muted">{t(`invite.${r}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {role === 'team' && (
        <AreaChoices
          legend={t('invite.areas')}
          areas={me.areas}
          multiple
          isOn={(id) => areaIds.includes(id)}
          onPick={toggleArea}
        />
      )}
      {role === 'school' && (
        <>
          <TextField
            id="school-name"
            label={t('invite.schoolName')}
            value={schoolName}
            maxLength={120}
            placeholder={t('invite.schoolPlaceholder')}
            onChange={setSchoolName}
          />
        </>
      )}
      <FormSubmit disabled={busy} problem={problem && t(problem)} error={error}>
        {t('invite.submit')}
      </FormSubmit>
    </form>
  );
}
