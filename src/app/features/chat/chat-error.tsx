import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatFailure } from './use-chat';
import { Button } from '../../components/button';

function messageKey(f: ChatFailure, online: boolean): string {
  if (f.code === 'network') return online ? 'errors.network' : 'errors.offline';
  if (f.status === 429) return 'errors.busy';
  if (f.status >= 400 && f.status < 500) return 'errors.rejected';
  return 'errors.server';
}

type Props = { failure: ChatFailure; online: boolean; innerRef: Ref<HTMLDivElement> | undefined; onRetry: () => void };

/** Why a message did not go, in the resident's words. Sending the same message again cannot fix a rejected one. */
export function ChatError({ failure, online, innerRef, onRetry }: Props) {
  const { t } = useTranslation('chat');
  const key = messageKey(failure, online);
  return (
    <div className="hvs-error" role="alert" data-error={failure.code} ref={innerRef}>
      <p>{t(key)}</p>
      {failure.outgoing.typed && <p>{t('errors.kept')}</p>}
      {key !== 'errors.rejected' && (
        <Button kind="secondary" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </div>
  );
}
