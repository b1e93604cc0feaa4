import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import en from '../../../locales/en/practice.json';
import vi from '../../../locales/vi/practice.json';

const NS = 'practice';

/**
 * The practice's strings travel in its own chunk, both languages, instead of through the i18n backend: once the screen
 * has loaded, a round (and a switch of language in the middle of one) needs no network, like the items themselves.
 */
export function usePracticeStrings() {
  const { i18n } = useTranslation();
  useState(() => {
    for (const [lang, strings] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      if (!i18n.hasResourceBundle(lang, NS)) i18n.addResourceBundle(lang, NS, strings);
    }
  });
  return useTranslation(NS);
}

/** The practice strings in components inside the screen (registered by the screen). */
export const usePracticeT = () => useTranslation(NS).t;
