import { describe, expect, it } from 'vitest';
import { applyPreloadedCss } from './apply-css';

describe('applyPreloadedCss', () => {
  it('applies each preloaded stylesheet and resolves only once it has loaded', async () => {
    document.head.innerHTML = '<link rel="preload" as="style" crossorigin href="/assets/index.css" data-hvs-css>';
    let done = false;
    const applied = applyPreloadedCss().then(() => (done = true));
    const sheet = document.head.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
    expect(sheet?.href).toBe(new URL('/assets/index.css', document.baseURI).href);
    expect(sheet?.getAttribute('crossorigin')).toBe('');
    await Promise.resolve();
    expect(done).toBe(false);
    sheet!.dispatchEvent(new Event('load'));
    await applied;
    expect(done).toBe(true);
  });

  it('lets the app start when the stylesheet fails, and does nothing where nothing is preloaded (Zalo, dev server)', async () => {
    document.head.innerHTML = '<link rel="preload" as="style" href="/assets/gone.css" data-hvs-css>';
    const applied = applyPreloadedCss();
    document.head.querySelector('link[rel="stylesheet"]')!.dispatchEvent(new Event('error'));
    await applied;
    document.head.innerHTML = '';
    await applyPreloadedCss();
    expect(document.head.querySelector('link[rel="stylesheet"]')).toBeNull();
  });
});
