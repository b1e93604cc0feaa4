import { describe, expect, it } from 'vitest';
import enBot from './en/bot.json';
import enChat from './en/chat.json';
import en from './en/common.json';
import enStaff from './en/staff.json';
import enSurvey from './en/survey.json';
import viBot from './vi/bot.json';
import viChat from './vi/chat.json';
import vi from './vi/common.json';
import viStaff from './vi/staff.json';
import viSurvey from './vi/survey.json';

type Tree = { [k: string]: string | Tree };

const entries = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : entries(v, `${prefix}${k}.`)));

const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each([
  ['common', vi, en],
  ['bot', viBot, enBot],
  ['chat', viChat, enChat],
  ['staff', viStaff, enStaff],
  ['survey', viSurvey, enSurvey],
] as const)('%s locales', (_name, vi, en) => {
  it('have the same keys in vi and en', () => {
    expect(entries(en as Tree).map(([k]) => k).sort()).toEqual(entries(vi as Tree).map(([k]) => k).sort());
  });
  it('use the same interpolation variables and no empty strings', () => {
    const enMap = new Map(entries(en as Tree));
    for (const [key, text] of entries(vi as Tree)) {
      expect(text.trim(), key).not.toBe('');
      expect(vars(enMap.get(key) ?? ''), key).toEqual(vars(text));
    }
  });
});
