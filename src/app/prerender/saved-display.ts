/** What the boot script needs of `window`: the saved state, where the page stands, and the root element. */
export type BootWindow = {
  HVS_WEB?: boolean;
  localStorage: Pick<Storage, 'getItem'>;
  location: { pathname: string };
  document: {
    baseURI: string;
    documentElement: { dataset: Record<string, string | undefined>; classList: { add(name: string): void } };
  };
};

/**
 * Runs inline in index.html's head, before the prerendered program paints (so it is written in the syntax of the
 * oldest phones the build targets (ES2015), needs nothing else, and is inlined with Function#toString: no imports, no helpers).
 * The saved text size and contrast apply at once, so the prerender is drawn at the resident's size. The prerender is
 * the program of a resident who has not learnt anything yet, in Vietnamese; for anyone else (progress, a household,
 * results waiting, English), or on another screen's address, or outside our own service (Zalo keeps its saves in
 * nativeStorage, which this script cannot read), it is hidden and the plain "Đang mở…" bar shows until React starts.
 */
export function applySavedDisplay(w: BootWindow): void {
  const root = w.document.documentElement;
  let fits = false;
  try {
    const saved = JSON.parse(w.localStorage.getItem('hvs-app') || '{}');
    const state = (saved && saved.state) || {};
    const settings = state.settings || {};
    if (settings.textSize === 'large' || settings.textSize === 'xlarge') root.dataset.textSize = settings.textSize;
    if (settings.highContrast === true) root.dataset.contrast = 'high';
    const lessons = (state.progress && state.progress.lessons) || {};
    const waiting = (state.outbox && state.outbox.items) || [];
    const atProgram = w.location.pathname === new URL(w.document.baseURI).pathname;
    fits =
      w.HVS_WEB === true &&
      atProgram &&
      settings.lang !== 'en' &&
      Object.keys(lessons).length === 0 &&
      !(state.account && state.account.household) &&
      waiting.length === 0;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a catch without a binding is ES2019, newer than ES2015
  } catch (unreadable) {
    fits = false;
  }
  if (!fits) root.classList.add('hvs-boot-stale');
}
