import { usePracticeT } from '../practice-strings';
import { initial, PartView, SenderText } from './part-view';
import type { ViewProps } from './view-props';

/** A notification on the lock screen: app name and time on top, the first part as its title, buttons as actions. */
export function NotificationView({ side, marks }: ViewProps) {
  const t = usePracticeT();
  const [title, ...rest] = side.parts;
  const buttons = rest.filter((p) => p.role === 'button');
  return (
    <div className="pr-phone pr-notification">
      <span className="pr-lock-time">{t('phone.now')}</span>
      <div className="pr-note">
        <div className="pr-note-head">
          <span className="pr-app-icon">{initial(side.from)}</span>
          <SenderText side={side} marks={marks} />
        </div>
        <PartView part={title} marks={marks?.get(title.id)} className="pr-note-title" />
        {rest
          .filter((p) => p.role !== 'button')
          .map((p) => (
            <PartView key={p.id} part={p} marks={marks?.get(p.id)} />
          ))}
        {buttons.length > 0 && (
          <div className="pr-note-actions">
            {buttons.map((p) => (
              <PartView key={p.id} part={p} marks={marks?.get(p.id)} />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
