import { AppLink } from '../../components/app-link';
import { Chevron, TileText } from '../../components/tile-parts';

type Props = { icon: string; title: string; meta: string; to: string; testId: string };

/** A row of the program that opens another part of the app (the household, the assistant, the practice). */
export function ProgramLink({ icon, title, meta, to, testId }: Props) {
  return (
    <AppLink to={to} className="hvs-household-link" testId={testId}>
      <TileText icon={icon} title={title} meta={meta} />
      <Chevron />
    </AppLink>
  );
}
