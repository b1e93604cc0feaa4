import { useCallback, useRef, useState } from 'react';
import type { ApiResult } from '../../api/http';
import type { ChatEntry } from '../../store/chat-log';
import { readReply } from './read-reply';

/** A message on its way: `text` goes to the bot, `shown` is the resident's bubble (a button's title, not its payload). */
export type Outgoing = { text: string; shown: string; typed: boolean };

export type ChatFailure = { outgoing: Outgoing; code: string; status: number };

/**
 * Sending, one message at a time: quiz answers must reach the bot in the order they were tapped. Nothing enters the
 * conversation until the bot has answered, so a failed message leaves no orphan bubble behind.
 */
export function useChat(
  ask: (text: string) => Promise<ApiResult<unknown>>,
  onReply: (...entries: ChatEntry[]) => void,
) {
  const [pending, setPending] = useState<Outgoing | null>(null);
  const [failure, setFailure] = useState<ChatFailure | null>(null);
  const busy = useRef(false);

  const send = useCallback(
    async (outgoing: Outgoing): Promise<boolean> => {
      if (busy.current) return false;
      busy.current = true;
      setFailure(null);
      setPending(outgoing);
      const r = await ask(outgoing.text);
      busy.current = false;
      setPending(null);
      const reply = r.ok ? readReply(r.value) : undefined;
      if (reply) {
        onReply({ from: 'resident', text: outgoing.shown }, { from: 'bot', ...reply });
        return true;
      }
      setFailure(
        r.ok
          ? { outgoing, code: 'bad_response', status: 200 }
          : { outgoing, code: r.error.code, status: r.error.status },
      );
      return false;
    },
    [ask, onReply],
  );

  return { pending, failure, send };
}
