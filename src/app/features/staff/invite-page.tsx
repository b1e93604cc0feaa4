import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateInviteBody, InviteView, StaffMeView } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';
import { QrImage } from '../../components/qr-image';
import { useFormat } from '../../components/use-format';
import { InviteForm } from './invite-form';
import { Button } from '../../components/button';

type Props = {
  me: StaffMeView;
  invite: (body: CreateInviteBody) => Promise<ApiResult<InviteView>>;
  onShare: (invite: InviteView) => void;
};

/** "Mời cán bộ": the invite code, its link and QR, to hand over in person or send in Zalo. */
export function InvitePage({ me, invite, onShare }: Props) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const [made, setMade] = useState<{ invite: InviteView; body: CreateInviteBody } | undefined>();

  if (!made) {
    return (
      <>
        <p className="hvs-muted">{t('invite.intro')}</p>
        <InviteForm
          me={me}
          onInvite={async (body) => {
            const r = await invite(body);
            if (r.ok) setMade({ invite: r.value, body });
            return r.ok ? undefined : r.error.code;
          }}
        />
      </>
    );
  }
  const { invite: v, body } = made;
  const areas = me.areas.filter((a) => body.areaIds?.includes(a.id)).map((a) => a.name);
  const who = [t(`role.${body.role}`), body.schoolName, areas.join(', ')].filter(Boolean).join(' · ');
  return (
    <section className="hvs-card hvs-section hvs-invite" aria-labelledby="invite-made" data-testid="invite-result">
      <h2 id="invite-made" className="hvs-h2">
        {t('invite.made', { who })}
      </h2>
      <div className="hvs-invite-body">
        <QrImage svg={v.qrSvg} alt={t('invite.qrAlt')} />
        <div className="hvs-list-main">
          <span className="hvs-muted">{t('invite.code')}</span>
          <strong className="hvs-code hvs-code-dark" data-testid="invite-code">
            {v.code}
          </strong>
          <span className="hvs-muted">{t('invite.until', { date: format.dateTime(v.expiresAt) })}</span>
          <span className="hvs-muted">{t('invite.how')}</span>
          <code className="hvs-link-text" data-testid="invite-link">
            {v.link}
          </code>
        </div>
      </div>
      <div className="hvs-actions">
        <Button kind="primary" onClick={() => onShare(v)}>
          ↗ {t('invite.share')}
        </Button>
        <Button kind="secondary" onClick={() => setMade(undefined)}>
          {t('invite.another')}
        </Button>
      </div>
    </section>
  );
}
