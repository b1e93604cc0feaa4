/** The "›" at the end of a row that opens another screen. */
export function Chevron() {
  return (
    <span className="hvs-chevron" aria-hidden>
      ›
    </span>
  );
}

/** The inside of a tappable row: its icon, then its title over one line about it. */
export function TileText({ icon, title, meta }: { icon: string; title: string; meta: string }) {
  return (
    <>
      <span className="hvs-tile-icon" aria-hidden>
        {icon}
      </span>
      <span className="hvs-tile-text">
        <span className="hvs-tile-title">{title}</span>
        <span className="hvs-tile-meta">{meta}</span>
      </span>
    </>
  );
}
