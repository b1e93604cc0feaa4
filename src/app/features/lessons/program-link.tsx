type Props = { icon: string; title: string; meta: string; onOpen: () => void; testId: string };

/** A row of the program that opens another part of the app (the household, the assistant, the practice). */
export function ProgramLink({ icon, title, meta, onOpen, testId }: Props) {
  return (
    <button type="button" className="hvs-household-link" onClick={onOpen} data-testid={testId}>
      <span className="hvs-tile-icon" aria-hidden>
        {icon}
      </span>
      <span className="hvs-tile-text">
        <span className="hvs-tile-title">{title}</span>
        <span className="hvs-tile-meta">{meta}</span>
      </span>
      <span className="hvs-chevron" aria-hidden>
        ›
      </span>
    </button>
  );
}
