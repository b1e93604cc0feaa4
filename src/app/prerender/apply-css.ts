/**
 * The prerendered index.html only preloads the app's full stylesheet (`link[data-hvs-css]`), so that it does not hold
 * back the first paint; this applies it and resolves once it is in (or failed: the app still runs, as it would have
 * with a broken stylesheet link). Resolves at once where nothing is preloaded: Zalo loads app-config.json's listCSS
 * itself, and the dev server injects CSS from the modules.
 */
export function applyPreloadedCss(doc: Document = document): Promise<void> {
  const preloads = [...doc.querySelectorAll<HTMLLinkElement>('link[data-hvs-css]')];
  return Promise.all(
    preloads.map(
      (preload) =>
        new Promise<void>((resolve) => {
          const sheet = doc.createElement('link');
          sheet.rel = 'stylesheet';
          // The same CORS mode as the preload, or the browser downloads the file a second time.
          const cors = preload.getAttribute('crossorigin');
          if (cors !== null) sheet.setAttribute('crossorigin', cors);
          sheet.href = preload.href;
          sheet.onload = () => resolve();
          sheet.onerror = () => resolve();
          preload.after(sheet);
        }),
    ),
  ).then(() => undefined);
}
