import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../store/app-store';

/** Applies text size, contrast and language to the document, so every screen follows them at once. */
export function DisplaySettings({ settings }: { settings: Settings }) {
  const { i18n } = useTranslation();
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.textSize = settings.textSize;
    root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
    root.lang = settings.lang;
    if (i18n.language !== settings.lang) void i18n.changeLanguage(settings.lang);
  }, [settings, i18n]);
  return null;
}
