import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from 'zmp-ui';
import { AppHeader } from '../../components/app-header';

type Props = {
  /** Shown on first start before any screen: no way back, a decision is needed. */
  gate: boolean;
  lang: 'vi' | 'en';
  onLang: (lang: 'vi' | 'en') => void;
  onAccept: () => void;
  onDecline: () => void;
};

const SECTIONS = ['what', 'why', 'who', 'school', 'delete', 'decline'] as const;

/** The data notice in plain words. Agreeing takes a deliberate tick: the box is never ticked for the resident. */
export function ConsentPage({ gate, lang, onLang, onAccept, onDecline }: Props) {
  const { t } = useTranslation();
  const [ticked, setTicked] = useState(false);
  return (
    <Page className="hvs-page">
      <AppHeader title={t('consent.title')} showBackIcon={!gate} />
      <h1 className="hvs-h1">{t('consent.heading')}</h1>
      <p className="hvs-body">{t('consent.intro')}</p>
      <button type="button" className="hvs-link-button" lang={lang === 'vi' ? 'en' : 'vi'} onClick={() => onLang(lang === 'vi' ? 'en' : 'vi')}>
        {t('consent.otherLanguage')}
      </button>
      {SECTIONS.map((key) => (
        <section key={key} className="hvs-notice" aria-labelledby={`consent-${key}`}>
          <h2 id={`consent-${key}`} className="hvs-h3">
            {t(`consent.${key}Title`)}
          </h2>
          <p className="hvs-body">{t(`consent.${key}`)}</p>
        </section>
      ))}
      <label className="hvs-check">
        <input type="checkbox" checked={ticked} onChange={(e) => setTicked(e.target.checked)} />
        <span>{t('consent.checkbox')}</span>
      </label>
      {!ticked && <p className="hvs-muted">{t('consent.acceptHint')}</p>}
      <div className="hvs-stack">
        <button type="button" className="hvs-btn hvs-btn-primary" disabled={!ticked} onClick={onAccept}>
          {t('consent.accept')}
        </button>
        <button type="button" className="hvs-btn hvs-btn-secondary" onClick={onDecline}>
          {t('consent.refuse')}
        </button>
      </div>
    </Page>
  );
}
