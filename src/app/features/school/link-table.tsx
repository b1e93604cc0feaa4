import { useTranslation } from 'react-i18next';
import type { SchoolLinkView } from '../../../core/api/staff-schemas';
import { Button } from '../../components/button';
import { TableHead } from '../../components/table-head';

type Props = {
  links: SchoolLinkView[];
  titleOf: (link: SchoolLinkView) => string;
  onShare: (link: SchoolLinkView) => void;
  onQr: (link: SchoolLinkView) => void;
};

/** Counts per class and lesson, never names; counts under 3 are hidden by the service and said so here. A practice
 * link says so with a badge, and what its "finished" means (a round played to the end, no score). */
export function LinkTable({ links, titleOf, onShare, onQr }: Props) {
  const { t } = useTranslation('staff');
  const count = (n: number | null) => (n === null ? <span className="hvs-suppressed">{t('school.under3')}</span> : n);
  return (
    <table className="hvs-table" data-testid="school-links">
      <TableHead
        cols={[
          t('school.class'),
          t('school.lessonCol'),
          t('school.opened'),
          t('school.completed'),
          <span className="hvs-sr-only">{t('school.share')}</span>,
        ]}
      />
      <tbody>
        {links.map((l) => (
          <tr key={l.id} data-link={l.id}>
            <th scope="row" data-label={t('school.class')}>
              {l.classLabel}
            </th>
            <td data-label={t('school.lessonCol')} data-practice={l.practice || undefined}>
              {l.practice ? (
                <>
                  <span className="hvs-badge">{t('school.practice')}</span> <span aria-hidden>🕵️</span>{' '}
                  {t('school.practiceName')}
                  <span className="hvs-cell-note">{t('school.practiceDone')}</span>
                </>
              ) : (
                titleOf(l)
              )}
            </td>
            <td data-label={t('school.opened')} data-count="opened">
              {count(l.opened)}
            </td>
            <td data-label={t('school.completed')} data-count="completed">
              {count(l.completed)}
            </td>
            <td>
              <div className="hvs-chips">
                <Button kind="secondary" className="hvs-btn-small" onClick={() => onShare(l)}>
                  ↗ {t('school.share')}
                </Button>
                <Button
                  kind="secondary"
                  className="hvs-btn-small"
                  data-qr-again={l.id}
                  aria-label={t('school.qrAgainOf', { classLabel: l.classLabel })}
                  onClick={() => onQr(l)}
                >
                  ▦ {t('school.qrAgain')}
                </Button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
