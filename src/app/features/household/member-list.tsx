import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../../core/api/schemas';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNote } from '../../components/error-note';
import { Section } from '../../components/section';
import { Button } from '../../components/button';

type Props = { members: MemberView[]; onRemove: (member: MemberView) => Promise<string | undefined> };

/** Who is in the household. The head may remove others, always after a confirmation. */
export function MemberList({ members, onRemove }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<MemberView | undefined>();
  const [error, setError] = useState<string | undefined>();
  const iAmHead = members.some((m) => m.isMe && m.role === 'head');

  const remove = async (m: MemberView) => {
    setAsking(undefined);
    setError(await onRemove(m));
  };

  return (
    <Section id="members-title" title={t('household.members', { count: members.length })} card={false}>
      <ul className="hvs-list">
        {members.map((m) => (
          <li key={m.id} className="hvs-list-row" data-member={m.displayName}>
            <span className="hvs-list-main">
              <strong>
                {m.displayName}
                {m.isMe && ` (${t('household.you')})`}
              </strong>
              <span className="hvs-muted">{m.role === 'head' ? t('household.head') : t('household.member')}</span>
            </span>
            {iAmHead && !m.isMe && (
              <Button kind="secondary" className="hvs-btn-small" onClick={() => setAsking(m)}>
                {t('household.remove')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {error && <ErrorNote code={error} />}
      <ConfirmDialog
        open={Boolean(asking)}
        title={t('household.removeTitle', { name: asking?.displayName ?? '' })}
        body={t('household.removeBody')}
        confirm={t('household.remove')}
        danger
        onConfirm={() => asking && void remove(asking)}
        onCancel={() => setAsking(undefined)}
      />
    </Section>
  );
}
