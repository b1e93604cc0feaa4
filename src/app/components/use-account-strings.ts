import { useTranslation } from 'react-i18next';

/**
 * Whether the `account` strings (household, data notice, My data) are loaded: they are a chunk of their own, fetched
 * the first time one of these screens opens, so the first screen of a slow phone does not carry them. A screen shows
 * <Busy /> until then rather than raw keys.
 */
export function useAccountStrings(): boolean {
  return useTranslation('account').ready;
}
