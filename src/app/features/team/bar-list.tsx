export type Bar = { key: string; label: string; pct: number; detail: string };

/** Horizontal bars in plain CSS: a label, the share filled, and the figure in words for screen readers and print. */
export function BarList({ bars, label }: { bars: Bar[]; label: string }) {
  return (
    <ul className="hvs-bars" aria-label={label}>
      {bars.map((b) => (
        <li key={b.key} className="hvs-bar-row" data-bar={b.key}>
          <span className="hvs-bar-label">{b.label}</span>
          <span className="hvs-bar-track" aria-hidden>
            <span className="hvs-bar-fill" style={{ width: `${Math.max(0, Math.min(100, b.pct))}%` }} />
          </span>
          <span className="hvs-bar-value">{b.detail}</span>
        </li>
      ))}
    </ul>
  );
}
