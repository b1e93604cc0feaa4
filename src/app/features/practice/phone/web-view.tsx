import { FromView, PartView } from './part-view';
import type { ViewProps } from './view-props';

/** A web page in a phone browser: the address bar (`from`) first, where the tell-tale domain usually is. */
export function WebView({ side, marks }: ViewProps) {
  return (
    <div className="pr-phone pr-web">
      <div className="pr-web-bar">
        <span className="pr-web-address">
          <span className="pr-web-lock">🔒</span>
          <FromView from={side.from} marks={marks?.get('from')} />
        </span>
      </div>
      {side.subtitle && <div className="pr-web-title">{side.subtitle}</div>}
      <div className="pr-web-body">
        {side.parts.map((p) => (
          <PartView key={p.id} part={p} marks={marks?.get(p.id)} />
        ))}
      </div>
    </div>
  );
}
