import { useState } from 'react';
import { maskSensitive } from '../../../core/text/sensitive';
import { useTranslation } from 'react-i18next';
import { Page } from 'zmp-ui';
import type { BotButtonView } from '../../../core/api/schemas';
import type { ApiResult } from '../../api/http';
import { AppHeader } from '../../components/app-header';
import { useOnline } from '../../components/use-online';
import type { ChatEntry } from '../../store/chat-log';
import { ChatComposer } from './chat-composer';
import { ChatError } from './chat-error';
import { MessageList } from './message-list';
import { SuggestionChips } from './suggestion-chips';
import { useChat, type Outgoing } from './use-chat';
import { useFollowLatest } from './use-follow-latest';
import { Busy } from '../../components/load-state';

type Props = {
  entries: ChatEntry[];
  ask: (text: string) => Promise<ApiResult<unknown>>;
  onReply: (...entries: ChatEntry[]) => void;
  onOpenLesson: (lessonId: string) => void;
  onBack: () => void;
};

/** The assistant's chat: the resident asks in their own words, or taps a suggestion or one of the bot's buttons. */
export function ChatPage({ entries, ask, onReply, onOpenLesson, onBack }: Props) {
  const { t, ready } = useTranslation(['chat', 'common']);
  const online = useOnline();
  const [draft, setDraft] = useState('');
  const { pending, failure, send } = useChat(ask, onReply);
  const latest = useFollowLatest<HTMLLIElement & HTMLDivElement>(`${entries.length}|${pending?.text}|${failure?.code}`);

  const submit = async () => {
    const text = draft.trim();
    // Enter still works while an answer is on its way; the question then simply waits in the box.
    if (pending || !text) return;
    setDraft('');
    // The resident's own bubble never shows a code, card or ID number in full: the chat log is kept on the phone.
    const sent = await send({ text, shown: maskSensitive(text), typed: true });
    // Nothing typed is lost: it goes back into the box unless the resident has already started another question.
    if (!sent) setDraft((d) => d || text);
  };
  const onButton = (b: BotButtonView) => {
    if (b.kind === 'lesson') return onOpenLesson(b.lessonId);
    const text = b.kind === 'query' ? b.payload : t('handoffMessage');
    void send({ text, shown: b.title, typed: false });
  };
  const pick = (o: Outgoing) => void send(o);

  return (
    <Page className="hvs-page hvs-chat">
      <AppHeader title={t('common:program.askBot')} onBackClick={onBack} />
      <main className="hvs-main">
        {!ready ? (
          <Busy />
        ) : (
          <>
            <h1 className="hvs-h1 hvs-chat-title">
              <span aria-hidden>💬</span> {t('common:program.askBot')}
            </h1>
            <MessageList
              entries={entries}
              pending={pending}
              starters={<SuggestionChips disabled={Boolean(pending)} onPick={pick} />}
              latestRef={failure ? undefined : latest}
              onButton={onButton}
            />
            {failure && (
              <ChatError
                failure={failure}
                online={online}
                innerRef={latest}
                onRetry={() => (failure.outgoing.typed && draft.trim() ? void submit() : void send(failure.outgoing))}
              />
            )}
            <ChatComposer value={draft} busy={Boolean(pending)} onChange={setDraft} onSend={() => void submit()} />
          </>
        )}
      </main>
    </Page>
  );
}
