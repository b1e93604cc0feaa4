import { AppLink } from '../../components/app-link';

type Props = { icon: string; title: string; meta: string; to: string; testId: string };

/** A row of the program that opens another part of the app (the household, the assistant, the practice). */
export function ProgramLink({ icon, title, meta, to, testId }: Props) {
  return (
    <AppLink to={to} className="hvs-household-link" testId={testId}>
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
    </AppLink>
  );
}
