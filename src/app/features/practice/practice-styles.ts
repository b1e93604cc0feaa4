import { useLayoutEffect } from 'react';
import css from './practice.css?inline';

const ID = 'hvs-practice-styles';

/**
 * zmp-vite-plugin lists every CSS file of the build in app-config's listCSS, which Zalo loads before the first screen:
 * a CSS file of this screen would weigh on everyone's start. So the styles travel inside this screen's JS chunk and are
 * added to the page when it first opens (before paint), once.
 */
export function usePracticeStyles() {
  useLayoutEffect(() => {
    if (document.getElementById(ID)) return;
    const style = document.createElement('style');
    style.id = ID;
    style.textContent = css;
    document.head.append(style);
  }, []);
}
