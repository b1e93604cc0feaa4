import type { BotButtonView } from '../../../core/api/schemas';

type Props = { buttons: BotButtonView[]; disabled: boolean; onButton: (b: BotButtonView) => void };

/** The choices under a bot answer. Opening a lesson stays possible while a message is on its way; sending does not. */
export function ReplyButtons({ buttons, disabled, onButton }: Props) {
  return (
    <div className="hvs-reply-buttons">
      {buttons.map((b, i) => (
        <button
          key={i}
          type="button"
          className={`hvs-reply-btn is-${b.kind}`}
          disabled={disabled && b.kind !== 'lesson'}
          onClick={() => onButton(b)}
        >
          {b.kind === 'lesson' && <span aria-hidden>📖</span>}
          {b.kind === 'handoff' && <span aria-hidden>🙋</span>}
          <span>{b.title}</span>
        </button>
      ))}
    </div>
  );
}
