import { useTranslation } from 'react-i18next';
import { Page } from 'zmp-ui';
import { AppHeader } from '../../components/app-header';
import type { Settings, TextSize } from '../../store/app-store';

type Props = {
  settings: Settings;
  onLang: (lang: Settings['lang']) => void;
  onTextSize: (size: TextSize) => void;
  onContrast: (on: boolean) => void;
  onOpenMyData: () => void;
  onOpenStaff: () => void;
};

const SIZE_KEYS: Record<TextSize, string> = {
  normal: 'settings.sizeNormal',
  large: 'settings.sizeLarge',
  xlarge: 'settings.sizeXLarge',
};

/** Language, text size and contrast; every change applies at once. */
export function SettingsPage({ settings, onLang, onTextSize, onContrast, onOpenMyData, onOpenStaff }: Props) {
  const { t } = useTranslation();
  return (
    <Page className="hvs-page">
      <AppHeader title={t('settings.title')} />
      <main className="hvs-main">
        <h1 className="hvs-h1">
          <span aria-hidden>⚙️</span> {t('settings.title')}
        </h1>
        <section className="hvs-setting">
          <h2 className="hvs-h2">{t('settings.language')}</h2>
          <div className="hvs-segmented" role="group" aria-label={t('settings.language')}>
            {(['vi', 'en'] as const).map((lang) => (
              <button
                key={lang}
                type="button"
                aria-pressed={settings.lang === lang}
                onClick={() => onLang(lang)}
                lang={lang}
              >
                {lang === 'vi' ? 'Tiếng Việt' : 'English'}
              </button>
            ))}
          </div>
        </section>
        <section className="hvs-setting">
          <h2 className="hvs-h2">{t('settings.textSize')}</h2>
          <div className="hvs-segmented" role="group" aria-label={t('settings.textSize')}>
            {(Object.keys(SIZE_KEYS) as TextSize[]).map((size) => (
              <button
                key={size}
                type="button"
                aria-pressed={settings.textSize === size}
                onClick={() => onTextSize(size)}
                className={`size-${size}`}
              >
                {t(SIZE_KEYS[size])}
              </button>
            ))}
          </div>
          <p className="hvs-body">{t('settings.sample')}</p>
        </section>
        <section className="hvs-setting">
          <button
            type="button"
            className="hvs-toggle"
            role="switch"
            aria-checked={settings.highContrast}
            onClick={() => onContrast(!settings.highContrast)}
          >
            <span>
              <strong>{t('settings.contrast')}</strong>
              <span className="hvs-muted">{t('settings.contrastHint')}</span>
            </span>
            <span className="hvs-toggle-knob" aria-hidden />
          </button>
        </section>
        <section className="hvs-setting">
          <button type="button" className="hvs-toggle" onClick={onOpenMyData}>
            <span>
              <strong>
                <span aria-hidden>🔒</span> {t('settings.myData')}
              </strong>
              <span className="hvs-muted">{t('settings.myDataHint')}</span>
            </span>
            <span className="hvs-chevron" aria-hidden>
              ›
            </span>
          </button>
        </section>
        <section className="hvs-setting">
          <button type="button" className="hvs-toggle" onClick={onOpenStaff} data-testid="open-staff">
            <span>
              <strong>
                <span aria-hidden>🧑‍💼</span> {t('settings.staff')}
              </strong>
              <span className="hvs-muted">{t('settings.staffHint')}</span>
            </span>
            <span className="hvs-chevron" aria-hidden>
              ›
            </span>
          </button>
        </section>
      </main>
    </Page>
  );
}
