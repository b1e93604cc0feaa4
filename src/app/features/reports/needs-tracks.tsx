import { useTranslation } from 'react-i18next';
import type { WardReportView } from '../../../core/api/report-views';
import type { ReportLang } from '../../../core/reports/report-words';
import { needLabel } from '../../../core/reports/report-words';
import { countText } from './report-lang';

/** Most households first; a hidden count (1 or 2) sorts as 1, after every shown one. */
const byCount = <T extends { households: number | null }>(rows: T[]) =>
  [...rows].sort((a, b) => (b.households ?? 1) - (a.households ?? 1));

/** The need's words are made to sit inside a sentence; alone on a line they start with a capital. */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What the surveyed households asked to learn, most asked first. */
export function NeedList({ needs, lang }: { needs: WardReportView['needs']; lang: ReportLang }) {
  const { t } = useTranslation('staff');
  const shown = byCount(needs).filter((n) => n.households !== 0);
  if (!shown.length) return <p className="hvs-body">{t('report.noNeeds')}</p>;
  return (
    <ul className="hvs-count-list" data-testid="needs">
      {shown.map((n) => (
        <li key={n.need}>
          <span>{capital(needLabel(lang, n.need))}</span>
          <strong>{t('report.households', { n: countText(lang, n.households) })}</strong>
        </li>
      ))}
    </ul>
  );
}

/** Households that finished every lesson of each track. */
export function TrackList({
  tracks,
  lang,
  trackTitle,
}: {
  tracks: WardReportView['tracks'];
  lang: ReportLang;
  trackTitle: (id: string) => string;
}) {
  const { t } = useTranslation('staff');
  return (
    <ul className="hvs-count-list" data-testid="tracks">
      {byCount(tracks).map((x) => (
        <li key={x.trackId}>
          <span>{trackTitle(x.trackId)}</span>
          <strong>{t('report.households', { n: countText(lang, x.households) })}</strong>
        </li>
      ))}
    </ul>
  );
}
