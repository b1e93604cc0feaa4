import type { PlayableItem } from '../../../../core/practice/practice-round';
import type { PracticeSide } from '../../../../core/practice/practice-schema';
import type { Lang } from '../../../../core/content/fields';
import { usePracticeT } from '../practice-strings';
import { CallView } from './call-view';
import { ChatView } from './chat-view';
import { NotificationView } from './notification-view';
import { QrView } from './qr-view';
import { useLineByLine } from './use-line-by-line';
import { WebView } from './web-view';
import type { ViewProps } from './view-props';

type Props = { item: PlayableItem; lang: Lang; marks: Map<string, number[]> | null };

/**
 * The item drawn as a phone screen. The drawing is hidden from screen readers (its links and buttons are pictures and
 * must not be announced as controls); they read the same content as one plain sentence instead.
 */
export function PhoneItem({ item, lang, marks }: Props) {
  const t = usePracticeT();
  const side = item[lang];
  const [shown, showAll] = useLineByLine(side.parts.length, marks !== null);
  const props: ViewProps = { side, marks };
  return (
    <div className="pr-item" data-item={item.id} data-kind={item.kind}>
      <p className="hvs-sr-only">{useSummary(item.kind, side)}</p>
      <div aria-hidden="true">
        {item.kind === 'sms' || item.kind === 'zalo' ? <ChatView {...props} kind={item.kind} /> : null}
        {item.kind === 'call' && <CallView {...props} shown={shown} />}
        {item.kind === 'web' && <WebView {...props} />}
        {item.kind === 'qr' && <QrView {...props} />}
        {item.kind === 'notification' && <NotificationView {...props} />}
      </div>
      {item.kind === 'call' && shown < side.parts.length && (
        <button type="button" className="hvs-link-button pr-show-all" onClick={showAll}>
          {t('showAll')}
        </button>
      )}
    </div>
  );
}

/** "Tin nhắn SMS từ VCB (Hôm nay 08:15): … Đường link: http://…" */
function useSummary(kind: PlayableItem['kind'], side: PracticeSide) {
  const t = usePracticeT();
  const from = side.subtitle ? `${side.from} (${side.subtitle})` : side.from;
  const parts = side.parts.map((p) => (p.role === 'text' ? p.text : t(`role.${p.role}`, { text: p.text })));
  // Each part its own sentence, so a reader pauses between them as the eye does between lines.
  return `${t('summary', { kind: t(`kind.${kind}`), from })}: ${parts.map((s) => (/[.!?:…]$/.test(s) ? s : `${s}.`)).join(' ')}`;
}
