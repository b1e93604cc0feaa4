import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRosterView } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';
import { ErrorNote } from '../../components/error-note';
import { Fetched } from '../../components/load-state';
import { useFormat } from '../../components/use-format';
import { Button } from '../../components/button';

type Target = { kind: 'invite' | 'staff'; id: string };

type Props = {
  load: () => Promise<ApiResult<StaffRosterView>>;
  revoke: (t: Target) => Promise<ApiResult<unknown>>;
  onRevoked: (kind: Target['kind']) => void;
};

/**
 * "Cán bộ của phường": open invites and everyone with a role in the ward, each with a way to take it back. Taking back
 * asks once more on the same row (no dialog to find), because a wrong tap would lock a colleague out.
 */
export function RosterPage({ load, ...rest }: Props) {
  return <Fetched load={load}>{(roster, reload) => <Roster roster={roster} reload={reload} {...rest} />}</Fetched>;
}

function Roster({
  roster,
  reload,
  revoke,
  onRevoked,
}: Omit<Props, 'load'> & { roster: StaffRosterView; reload: () => void }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const [asking, setAsking] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const confirm = async (target: Target) => {
    setBusy(true);
    const r = await revoke(target);
    setBusy(false);
    setAsking(undefined);
    if (!r.ok) return setError(r.error.code);
    setError(undefined);
    onRevoked(target.kind);
    reload();
  };

  const who = (x: { role: 'team' | 'school' | 'ward_admin'; areas: string[]; schoolName: string | null }) =>
    [t(`role.${x.role}`), x.schoolName ?? x.areas.join(', ')].filter(Boolean).join(' · ');

  const revokeControls = (target: Target, label: string) =>
    asking === target.id ? (
      <div className="hvs-chips" role="group" aria-label={label}>
        <span className="hvs-body">{t(target.kind === 'invite' ? 'roster.confirmInvite' : 'roster.confirmStaff')}</span>
        <Button kind="danger" className="hvs-btn-small" disabled={busy} onClick={() => void confirm(target)}>
          {t('roster.yes')}
        </Button>
        <Button kind="secondary" className="hvs-btn-small" disabled={busy} onClick={() => setAsking(undefined)}>
          {t('roster.no')}
        </Button>
      </div>
    ) : (
      <Button kind="secondary" className="hvs-btn-small" aria-label={label} onClick={() => setAsking(target.id)}>
        {t(target.kind === 'invite' ? 'roster.revokeInvite' : 'roster.revokeStaff')}
      </Button>
    );

  const { invites, staff } = roster;
  return (
    <>
      {error && <ErrorNote code={error} />}
      <h2 className="hvs-h2">{t('roster.invites', { count: invites.length })}</h2>
      {invites.length === 0 ? (
        <p className="hvs-muted">{t('roster.noInvites')}</p>
      ) : (
        <ul className="hvs-list" data-testid="roster-invites">
          {invites.map((i) => (
            <li key={i.id} className="hvs-list-row" data-invite={i.id}>
              <span className="hvs-list-main">
                <strong>{who(i)}</strong>
                <span className="hvs-muted">
                  {t('roster.inviteDates', { made: format.date(i.createdAt), until: format.date(i.expiresAt) })}
                </span>
              </span>
              {revokeControls({ kind: 'invite', id: i.id }, t('roster.revokeInviteOf', { who: who(i) }))}
            </li>
          ))}
        </ul>
      )}
      <h2 className="hvs-h2">{t('roster.staff', { count: staff.length })}</h2>
      <ul className="hvs-list" data-testid="roster-staff">
        {staff.map((s) => (
          <li key={s.id} className="hvs-list-row" data-staff={s.name}>
            <span className="hvs-list-main">
              <strong>
                {s.name}
                {s.you && ` (${t('roster.you')})`}
              </strong>
              <span className="hvs-muted">{who(s)}</span>
              <span className="hvs-muted">{t('roster.since', { date: format.date(s.since) })}</span>
            </span>
            {!s.you && revokeControls({ kind: 'staff', id: s.id }, t('roster.revokeStaffOf', { name: s.name }))}
          </li>
        ))}
      </ul>
      <p className="hvs-muted">{t('roster.note')}</p>
    </>
  );
}
