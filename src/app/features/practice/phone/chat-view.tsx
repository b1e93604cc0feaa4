import { usePracticeT } from '../practice-strings';
import { initial, PartView, SenderText } from './part-view';
import type { ViewProps } from './view-props';

/**
 * An SMS inbox thread (one grey bubble) or a Zalo chat (a bubble a part, blue bar): the two ways a message arrives.
 * No real logos: the avatar is the sender's first letter.
 */
export function ChatView({ side, marks, kind }: ViewProps & { kind: 'sms' | 'zalo' }) {
  const t = usePracticeT();
  const parts = side.parts.map((p) => <PartView key={p.id} part={p} marks={marks?.get(p.id)} />);
  return (
    <div className={`pr-phone pr-chat pr-${kind}`}>
      <div className="pr-chat-head">
        <span className="pr-back-glyph">‹</span>
        <span className="pr-avatar">{initial(side.from)}</span>
        <SenderText side={side} marks={marks} />
      </div>
      <div className="pr-chat-body">
        {kind === 'sms' ? (
          <div className="pr-bubble">{parts}</div>
        ) : (
          parts.map((p) => (
            <div key={p.key} className="pr-bubble">
              {p}
            </div>
          ))
        )}
      </div>
      <div className="pr-composer">{t(kind === 'sms' ? 'phone.smsBox' : 'phone.zaloBox')}</div>
    </div>
  );
}
