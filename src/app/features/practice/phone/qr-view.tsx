import type { PracticePart } from '../../../../core/practice/practice-schema';
import { usePracticeT } from '../practice-strings';
import { FromView, Marks, PartView } from './part-view';
import type { ViewProps } from './view-props';

/** Authors mark where the code sits with a part like "[Mã QR]"; the code is drawn there (a clue may point at it). */
const isCodeSlot = (p: PracticePart) => /^\[[^\]]+\]$/.test(p.text);

/** A QR-like pattern (three finder squares on a checkerboard), drawn with CSS: it encodes nothing and cannot be scanned. */
const QrCode = () => (
  <span className="pr-qr-code">
    <span className="pr-qr-finder" />
    <span className="pr-qr-finder" />
    <span className="pr-qr-finder" />
  </span>
);

/** A payment or "refund" screen with a QR code and the amount at stake. */
export function QrView({ side, marks }: ViewProps) {
  const t = usePracticeT();
  const slotted = side.parts.some(isCodeSlot);
  return (
    <div className="pr-phone pr-qr">
      <div className="pr-qr-head">
        <FromView from={side.from} marks={marks?.get('from')} />
        {side.subtitle && <span className="pr-sub">{side.subtitle}</span>}
      </div>
      <div className="pr-qr-body">
        {!slotted && (
          <>
            <span className="pr-qr-caption">{t('phone.scanTitle')}</span>
            <QrCode />
          </>
        )}
        {side.parts.map((p) =>
          isCodeSlot(p) ? (
            <span key={p.id} className={`pr-part pr-qr-slot ${marks?.get(p.id) ? 'is-marked' : ''}`} data-part={p.id}>
              {marks?.get(p.id) && <Marks marks={marks.get(p.id)!} />}
              <QrCode />
            </span>
          ) : (
            <PartView key={p.id} part={p} marks={marks?.get(p.id)} />
          ),
        )}
      </div>
    </div>
  );
}
