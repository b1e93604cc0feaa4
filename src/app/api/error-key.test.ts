import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTCOME_CODES } from '../../core/api/outcomes';
import { ERROR_KEYS, errorKey } from './error-key';

const localeDir = path.resolve(import.meta.dirname, '../../locales');
const lookup = (lang: string, key: string) => {
  const [ns, dotted] = key.includes(':') ? key.split(':') : ['common', key];
  const json = JSON.parse(readFileSync(path.join(localeDir, lang, `${ns}.json`), 'utf8'));
  return dotted.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], json);
};

describe('error messages', () => {
  it.each(['vi', 'en'])('has a %s sentence for every code the service can answer with', (lang) => {
    const missing = OUTCOME_CODES.filter((code) => typeof lookup(lang, ERROR_KEYS[code]) !== 'string');
    expect(missing).toEqual([]);
  });

  it('falls back to the general message for a code it does not know', () => {
    expect(errorKey('something_new')).toBe('errors.generic');
    expect(errorKey('no_household')).toBe('survey:noHousehold');
  });
});
