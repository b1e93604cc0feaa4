import { useTranslation } from 'react-i18next';
import type { Outgoing } from './use-chat';

const CHIPS = ['vneidPassword', 'fraudSigns', 'smartHp'] as const;

/** Ready-made first questions, for residents who do not know what to ask or find typing hard. */
export function SuggestionChips({ disabled, onPick }: { disabled: boolean; onPick: (o: Outgoing) => void }) {
  const { t } = useTranslation('chat');
  const chips: Outgoing[] = [
    ...CHIPS.map((k) => ({ text: t(`chips.${k}`), shown: t(`chips.${k}`), typed: false })),
    // The bot knows "học bài" / "learn" as a command; the chip may read more naturally than the command.
    { text: t('learnCommand'), shown: t('chips.learn'), typed: false },
  ];
  return (
    <div className="hvs-chips" role="group" aria-label={t('suggestions')}>
      {chips.map((c) => (
        <button key={c.shown} type="button" className="hvs-chat-chip" disabled={disabled} onClick={() => onPick(c)}>
          {c.shown}
        </button>
      ))}
    </div>
  );
}
