import { usePracticeT } from '../practice-strings';
import { FromView, initial, PartView } from './part-view';
import type { ViewProps } from './view-props';

/**
 * A call in progress, incoming or outgoing (the subtitle says which): the caller's words appear line by line (`shown`
 * of them), as they would be heard, above a red button to end the call.
 */
export function CallView({ side, marks, shown }: ViewProps & { shown: number }) {
  const t = usePracticeT();
  return (
    <div className="pr-phone pr-call">
      <div className="pr-call-who">
        <span className="pr-call-label">{side.subtitle ?? t('phone.incoming')}</span>
        <span className="pr-avatar pr-avatar-big">{initial(side.from)}</span>
        <FromView from={side.from} marks={marks?.get('from')} className="pr-call-from" />
      </div>
      <ol className="pr-call-lines">
        {side.parts.slice(0, shown).map((p) => (
          <li key={p.id}>
            <PartView part={p} marks={marks?.get(p.id)} />
          </li>
        ))}
      </ol>
      <div className="pr-call-buttons">
        <span className="pr-call-btn">
          <span className="pr-call-dot">✕</span>
          {t('phone.hangUp')}
        </span>
      </div>
    </div>
  );
}
