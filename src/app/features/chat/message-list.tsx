import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { BotButtonView } from '../../../core/api/schemas';
import type { ChatEntry } from '../../store/chat-log';
import { ReplyButtons } from './reply-buttons';
import type { Outgoing } from './use-chat';

type Props = {
  entries: ChatEntry[];
  pending: Outgoing | null;
  /** Shown under the greeting while the conversation is empty. */
  starters: ReactNode;
  /** Set on the newest bubble, so the page can bring it into view. */
  latestRef: Ref<HTMLLIElement> | undefined;
  onButton: (b: BotButtonView) => void;
};

/**
 * The conversation, oldest first. Only the newest answer keeps its question buttons: an old quiz question tapped
 * again would only get "that question is over". Lesson buttons stay, they are still useful.
 */
export function MessageList({ entries, pending, starters, latestRef, onButton }: Props) {
  const { t } = useTranslation('chat');
  const last = pending ? -1 : entries.length - 1;
  const bubble = (from: ChatEntry['from'], text: string) => (
    <p className="hvs-bubble">
      <span className="hvs-sr-only">{from === 'bot' ? t('bot') : t('you')}: </span>
      {text}
    </p>
  );
  return (
    // The log role goes on a wrapper: on the <ol> itself it would hide that the messages are a list.
    <div role="log" aria-live="polite" aria-label={t('logLabel')} className="hvs-chat-log-wrap">
      <ol className="hvs-chat-log">
        <li className="hvs-msg is-bot" ref={entries.length || pending ? undefined : latestRef}>
          {/* The hint points at the suggestions, so it goes when they do. */}
          {bubble('bot', entries.length ? t('intro') : `${t('intro')} ${t('startHint')}`)}
          {!entries.length && starters}
        </li>
        {entries.map((e, i) => (
          <li
            key={i}
            className={`hvs-msg is-${e.from}`}
            ref={i === last ? latestRef : undefined}
            data-testid={e.from === 'bot' ? 'bot-message' : 'resident-message'}
          >
            {bubble(e.from, e.text)}
            {e.from === 'bot' && e.buttons.length > 0 && (
              <ReplyButtons
                buttons={i === last ? e.buttons : e.buttons.filter((b) => b.kind === 'lesson')}
                disabled={Boolean(pending)}
                onButton={onButton}
              />
            )}
          </li>
        ))}
        {pending && (
          <>
            <li className="hvs-msg is-resident is-pending" data-testid="resident-message">
              {bubble('resident', pending.shown)}
            </li>
            <li className="hvs-msg is-bot" ref={latestRef}>
              <p className="hvs-bubble hvs-typing" role="status">
                {t('typing')}
              </p>
            </li>
          </>
        )}
      </ol>
    </div>
  );
}
