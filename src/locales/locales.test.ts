import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every namespace is found by listing the folders, so a new file is checked without anyone adding it here.
const dir = import.meta.dirname;
const names = (lang: string) =>
  readdirSync(path.join(dir, lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
const load = (lang: string, ns: string) => JSON.parse(readFileSync(path.join(dir, lang, `${ns}.json`), 'utf8')) as Tree;

type Tree = { [k: string]: string | Tree };

const entries = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : entries(v, `${prefix}${k}.`),
  );

const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

it('vi and en have the same namespaces', () => {
  expect(names('en')).toEqual(names('vi'));
  expect(names('vi')).toContain('common');
});

describe.each(names('vi'))('%s locales', (ns) => {
  const vi = load('vi', ns);
  const en = load('en', ns);
  it('have the same keys in vi and en', () => {
    expect(
      entries(en as Tree)
        .map(([k]) => k)
        .sort(),
    ).toEqual(
      entries(vi as Tree)
        .map(([k]) => k)
        .sort(),
    );
  });
  it('use the same interpolation variables and no empty strings', () => {
    const enMap = new Map(entries(en as Tree));
    for (const [key, text] of entries(vi as Tree)) {
      expect(text.trim(), key).not.toBe('');
      expect(vars(enMap.get(key) ?? ''), key).toEqual(vars(text));
    }
  });
});
