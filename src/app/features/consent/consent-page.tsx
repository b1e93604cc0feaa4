import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from 'zmp-ui';
import { AppHeader } from '../../components/app-header';
import { TextSizeControl } from '../../components/text-size-control';
import type { TextSize } from '../../store/app-store';
import { Button } from '../../components/button';

/** What the resident was doing when the question came up: the notice says why it is asked now. */
export type ConsentReason = 'household' | 'school' | 'schoolPractice' | 'review';

/** A school's link (a lesson or the practice) counts for the school from its first screen: no way back but a choice. */
export const fromSchoolLink = (reason: ConsentReason) => reason === 'school' || reason === 'schoolPractice';

type Props = {
  reason: ConsentReason;
  lang: 'vi' | 'en';
  onLang: (lang: 'vi' | 'en') => void;
  textSize: TextSize;
  onTextSize: (size: TextSize) => void;
  onAccept: () => void;
  onDecline: () => void;
  /** Without it there is no way back but a choice (a school link opened cold). */
  onBack?: () => void;
};

const SECTIONS = ['what', 'why', 'who', 'delete', 'decline'] as const;

/**
 * The data notice, asked only when something is about to be sent: one screen with the choice always in view (a bar at
 * the bottom), the essentials in three lines and the full notice behind "Xem chi tiết". The school paragraph shows
 * only for a school's link, the one case it is about.
 */
export function ConsentPage({ reason, lang, onLang, textSize, onTextSize, onAccept, onDecline, onBack }: Props) {
  const { t } = useTranslation();
  const [details, setDetails] = useState(false);
  const sections = fromSchoolLink(reason) ? ['school', ...SECTIONS] : SECTIONS;
  return (
    <Page className="hvs-page hvs-with-bar">
      <AppHeader title={t('consent.title')} showBackIcon={Boolean(onBack)} onBackClick={onBack} />
      <main className="hvs-main">
        <h1 className="hvs-h1">{t('consent.heading')}</h1>
        <p className="hvs-body">{t(`consent.why_${reason}`)}</p>
        <ul className="hvs-consent-points">
          <li>{t('consent.pointWhat')}</li>
          <li>{t('consent.pointWho')}</li>
          <li>{t('consent.pointChange')}</li>
        </ul>
        <button type="button" className="hvs-link-button" aria-expanded={details} onClick={() => setDetails(!details)}>
          {details ? t('consent.hideDetails') : t('consent.showDetails')}
        </button>
        {details && (
          <div>
            {sections.map((key) => (
              <section key={key} className="hvs-notice" aria-labelledby={`consent-${key}`}>
                <h2 id={`consent-${key}`} className="hvs-h3">
                  {t(`consent.${key}Title`)}
                </h2>
                <p className="hvs-body">{t(`consent.${key}`)}</p>
              </section>
            ))}
          </div>
        )}
        <TextSizeControl value={textSize} onChange={onTextSize} />
        <button
          type="button"
          className="hvs-link-button"
          lang={lang === 'vi' ? 'en' : 'vi'}
          onClick={() => onLang(lang === 'vi' ? 'en' : 'vi')}
        >
          {t('consent.otherLanguage')}
        </button>
        <div className="hvs-actionbar">
          <Button kind="primary" onClick={onAccept}>
            {t('consent.accept')}
          </Button>
          <Button kind="secondary" onClick={onDecline}>
            {t('consent.refuse')}
          </Button>
        </div>
      </main>
    </Page>
  );
}
