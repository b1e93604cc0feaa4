import { useTranslation } from 'react-i18next';
import type { ProgressView } from '../../../core/api/schemas';
import { Button } from '../../components/button';

type Props = {
  progress: ProgressView;
  name: string;
  titleOf: (lessonId: string) => string;
  date: string;
  onShare: () => void;
};

/** The household's certificate: what a family shows neighbours and the tổ dân phố, and shares in Zalo. */
export function CertificateCard({ progress, name, titleOf, date, onShare }: Props) {
  const { t } = useTranslation();
  const { household } = progress;
  return (
    <section className="hvs-section" aria-labelledby="certificate-title">
      <div className="hvs-complete" role="status">
        <strong>🎉 {t('household.complete')}</strong>
        <span>{t('household.completeBody')}</span>
      </div>
      <article className="hvs-certificate" data-testid="certificate">
        <p className="hvs-certificate-kicker">{t('household.certificateKicker')}</p>
        <div className="hvs-certificate-seal" aria-hidden>
          🏅
        </div>
        <h2 id="certificate-title" className="hvs-certificate-title">
          {t('household.certificateTitle')}
        </h2>
        <p>{t('household.certificateText')}</p>
        <p className="hvs-certificate-name">{name}</p>
        <p className="hvs-muted">
          {household.areaName}, {household.wardName}
        </p>
        <ul className="hvs-certificate-lessons">
          {progress.lessons.map((l) => (
            <li key={l.lessonId}>✓ {titleOf(l.lessonId)}</li>
          ))}
        </ul>
        <p className="hvs-certificate-date">{t('household.certificateDate', { date })}</p>
      </article>
      <Button kind="primary" className="hvs-wide" onClick={onShare}>
        ↗ {t('household.share')}
      </Button>
    </section>
  );
}
