import { useTranslation } from 'react-i18next';
import { Page } from 'zmp-ui';
import { AppHeader } from '../../components/app-header';
import { Chevron } from '../../components/tile-parts';
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

type LinkProps = { icon: string; label: string; hint: string; onOpen: () => void; testId?: string };

/** A setting that is a screen of its own (my data, the staff screens): drawn like the switches, with a "›". */
function SettingLink({ icon, label, hint, onOpen, testId }: LinkProps) {
  return (
    <section className="hvs-setting">
      <button type="button" className="hvs-toggle" onClick={onOpen} data-testid={testId}>
        <span>
          <strong>
            <span aria-hidden>{icon}</span> {label}
          </strong>
          <span className="hvs-muted">{hint}</span>
        </span>
        <Chevron />
      </button>
    </section>
  );
}

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
        <SettingLink icon="🔒" label={t('settings.myData')} hint={t('settings.myDataHint')} onOpen={onOpenMyData} />
        <SettingLink
          icon="🧑‍💼"
          label={t('settings.staff')}
          hint={t('settings.staffHint')}
          onOpen={onOpenStaff}
          testId="open-staff"
        />
      </main>
    </Page>
  );
}
