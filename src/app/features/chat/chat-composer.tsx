import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The bot refuses longer messages (MAX_MESSAGE); stopping at the box is kinder than a refusal after sending. */
const MAX_CHARS = 500;

type Props = { value: string; busy: boolean; onChange: (v: string) => void; onSend: () => void };

/**
 * The text box and send button, pinned to the bottom of the screen, with the privacy reminder under them. The reminder
 * is not pinned (at the largest text it would cover a quarter of the screen): it sits at the end of the conversation,
 * right under the box, wherever the resident has scrolled to the last message.
 */
export function ChatComposer({ value, busy, onChange, onSend }: Props) {
  const { t } = useTranslation('chat');
  const box = useRef<HTMLTextAreaElement>(null);
  // The box grows with the question (up to a limit set in CSS), so a resident can read back what they typed.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.style.height = '';
    // An empty box measures its placeholder, which wraps at large text: it would open three lines for nothing.
    if (value) el.style.height = `${Math.max(el.offsetHeight, el.scrollHeight + 4)}px`;
  }, [value]);
  const submit = () => (value.trim() ? onSend() : box.current?.focus());
  return (
    <>
      <form
        className="hvs-chat-composer"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="hvs-chat-row">
          <textarea
            ref={box}
            className="hvs-input hvs-chat-input"
            rows={1}
            maxLength={MAX_CHARS}
            enterKeyHint="send"
            aria-label={t('inputLabel')}
            placeholder={t('placeholder')}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={(e) => {
              // Enter sends, as in Zalo; not while a Vietnamese keyboard is still composing a syllable.
              if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
              e.preventDefault();
              submit();
            }}
          />
          <button type="submit" className="hvs-btn hvs-btn-primary hvs-chat-send" disabled={busy}>
            {t('send')}
          </button>
        </div>
      </form>
      <p className="hvs-chat-privacy">
        <span aria-hidden>🔒</span> {t('privacy')}
      </p>
    </>
  );
}
