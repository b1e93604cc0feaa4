import { usePracticeT } from '../practice-strings';
import { FromView, PartView } from './part-view';
import type { ViewProps } from './view-props';

/** A payment or "refund" screen with a QR code (drawn with CSS, it encodes nothing) and the amount at stake. */
export function QrView({ side, marks }: ViewProps) {
  const t = usePracticeT();
  return (
    <div className="pr-phone pr-qr">
      <div className="pr-qr-head">
        <FromView from={side.from} marks={marks?.get('from')} />
        {side.subtitle && <span className="pr-sub">{side.subtitle}</span>}
      </div>
      <div className="pr-qr-body">
        <span className="pr-qr-caption">{t('phone.scanTitle')}</span>
        <span className="pr-qr-code">
          <span className="pr-qr-finder" />
          <span className="pr-qr-finder" />
          <span className="pr-qr-finder" />
        </span>
        {side.parts.map((p) => (
          <PartView key={p.id} part={p} marks={marks?.get(p.id)} />
        ))}
      </div>
    </div>
  );
}
