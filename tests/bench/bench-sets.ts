import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** One benchmark question, whichever set it comes from: expected entries (any of them is right) and its topic. */
export type BenchItem = {
  q: string;
  lang: 'vi' | 'en';
  inScope: boolean;
  expect: string[];
  topic?: string;
  style?: string;
};

type DevRaw = { q: string; expect: string | null; style?: string; lang?: 'vi' | 'en'; topic?: string };
type LabelledRaw = {
  q: string;
  expect: string | string[] | null;
  scope: 'in' | 'out';
  topic: string | null;
  style?: string;
  lang: 'vi' | 'en';
};
type BlindRaw = { q: string; lang?: string; scope?: string; topic?: string; expect?: string[] | null; style?: string };

const read = (file: string) =>
  parse(readFileSync(path.resolve(import.meta.dirname, '../bot', file), 'utf8')) as { items: unknown[] };

/** The development set: one expected entry or null (out of scope); `topic` marks a question no entry answers yet. */
export function devSet(): BenchItem[] {
  return (read('dev-set.yaml').items as DevRaw[]).map((r) => ({
    q: r.q,
    lang: r.lang ?? 'vi',
    inScope: r.expect !== null || r.topic !== undefined,
    expect: r.expect ? [r.expect] : [],
    topic: r.topic,
    style: r.style,
  }));
}

/** A set written blind, then labelled (dev-set-2 and dev-set-3 share this format). */
function labelledSet(file: string): BenchItem[] {
  return (read(file).items as LabelledRaw[]).map((r) => ({
    q: r.q,
    lang: r.lang,
    inScope: r.scope !== 'out',
    expect: r.expect === null ? [] : [r.expect].flat(),
    // An out-of-scope item's topic (dev-set-3 notes the nearest one) only helps reading the file: it must not score.
    topic: r.scope === 'out' ? undefined : (r.topic ?? undefined),
    style: r.style,
  }));
}

/**
 * The second development set, written blind before its writer read the FAQ, then labelled: `expect` is one entry, a
 * list when two entries give the same help, or null (in scope: no entry yet, its topic's fallback is right).
 */
export function dev2Set(): BenchItem[] {
  return labelledSet('dev-set-2.yaml');
}

/** The third development set, written blind on 2026-12-06 and labelled the same way as the second. */
export function dev3Set(): BenchItem[] {
  return labelledSet('dev-set-3.yaml');
}

/**
 * The frozen blind set. Read here only to be scored: nothing in this file or the bench prints a question, an intent or
 * a gap, so nobody tunes to it by accident.
 */
export function blindSet(): BenchItem[] {
  return (read('blind-set.yaml').items as BlindRaw[]).map((r) => ({
    q: r.q,
    lang: r.lang === 'en' ? 'en' : 'vi',
    inScope: r.scope !== 'out',
    expect: r.expect ?? [],
    topic: r.topic,
    style: r.style,
  }));
}
