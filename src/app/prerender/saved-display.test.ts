import { describe, expect, it } from 'vitest';
import { applySavedDisplay, type BootWindow } from './saved-display';

const BASE = 'http://phone.test/zapps/app/';

/** A window as the boot script sees it: what is saved, where the page stands, and the root element it marks. */
function bootWindow(saved: unknown, opts: { path?: string; web?: boolean } = {}) {
  const classes = new Set<string>();
  const dataset: Record<string, string | undefined> = {};
  const w: BootWindow = {
    HVS_WEB: opts.web ?? true,
    localStorage: {
      getItem: (k) =>
        k === 'hvs-app' && saved !== undefined ? (typeof saved === 'string' ? saved : JSON.stringify(saved)) : null,
    },
    location: { pathname: opts.path ?? '/zapps/app/' },
    document: { baseURI: BASE, documentElement: { dataset, classList: { add: (c) => void classes.add(c) } } },
  };
  applySavedDisplay(w);
  return { stale: classes.has('hvs-boot-stale'), dataset };
}

const state = (s: object) => ({ state: s, version: 0 });

describe('applySavedDisplay (the boot script of the prerendered program)', () => {
  it('keeps the prerender for a first visit and for a resident who answered the notice but has learnt nothing', () => {
    expect(bootWindow(undefined).stale).toBe(false);
    expect(bootWindow(state({ consent: { decision: 'declined', sent: true } })).stale).toBe(false);
  });

  it('draws the prerender at the saved text size and contrast before anything paints', () => {
    const { stale, dataset } = bootWindow(state({ settings: { lang: 'vi', textSize: 'xlarge', highContrast: true } }));
    expect(stale).toBe(false);
    expect(dataset).toEqual({ textSize: 'xlarge', contrast: 'high' });
    expect(bootWindow(state({ settings: { textSize: 'huge' } })).dataset).toEqual({});
  });

  it.each([
    ['English chosen', state({ settings: { lang: 'en', langChosen: true } })],
    ['a lesson started', state({ progress: { version: 1, lessons: { 'vneid-install': { card: 2, attempts: 0 } } } })],
    ['in a household', state({ account: { household: { code: 'ABC234' } } })],
    ['results waiting to be sent', state({ outbox: { items: [{ lessonId: 'vneid-install' }] } })],
    ['an unreadable save', '{not json'],
  ])('hides it (plain loading bar) when it would show the wrong thing: %s', (_name, saved) => {
    expect(bootWindow(saved).stale).toBe(true);
  });

  it("hides it on any other screen's address and outside our own service (Zalo saves in nativeStorage)", () => {
    expect(bootWindow(undefined, { path: '/zapps/app/lesson/vneid-install' }).stale).toBe(true);
    expect(bootWindow(undefined, { web: false }).stale).toBe(true);
  });
});
