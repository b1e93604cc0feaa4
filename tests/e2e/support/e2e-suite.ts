import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadCorpus } from '../../../bot/content/load-corpus';
import type { Lesson } from '../../../src/core/content/lesson-schema';
import { startAppServer, type RunningApp } from './app-server';
import { launchChromium } from './browser';

export type E2eSuite = {
  server: RunningApp;
  browser: Browser;
  /** The Vietnamese lessons, as the flows walk through them. */
  lessons: Lesson[];
  /** The program's required lesson ids. */
  required: string[];
  lessonById(id: string): Lesson;
};

/**
 * One app server and one Chromium for a test file, started before its tests and closed after them. The fields are
 * filled in by beforeAll, so read them inside tests and hooks only.
 */
export function e2eSuite(): E2eSuite {
  const suite = { lessonById: (id: string) => suite.lessons.find((l) => l.id === id)! } as E2eSuite;
  beforeAll(async () => {
    const corpus = await loadCorpus();
    suite.lessons = corpus.lessons.filter((l) => l.lang === 'vi');
    suite.required = corpus.program!.required;
    suite.server = await startAppServer();
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
