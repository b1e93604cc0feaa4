import { useCallback } from 'react';
import { useNavigate } from 'zmp-ui';
import { askBot } from '../api/ask-bot';
import { ChatPage } from '../features/chat/chat-page';
import { useApi, useAppState, useAppStore } from '../store/store-context';

/** /chat: the chat feature with the API client and the session-only conversation kept in the store. */
export function ChatRoute() {
  const api = useApi();
  const store = useAppStore();
  const navigate = useNavigate();
  const lang = useAppState((s) => s.settings.lang);
  const entries = useAppState((s) => s.chat);
  const addToChat = useAppState((s) => s.addToChat);
  const ask = useCallback((text: string) => askBot(api, store, text, lang), [api, store, lang]);
  return (
    <ChatPage
      entries={entries}
      ask={ask}
      onReply={addToChat}
      onOpenLesson={(id) => navigate(`/lesson/${id}`)}
      onBack={() => navigate('/', { replace: true, animate: false })}
    />
  );
}
