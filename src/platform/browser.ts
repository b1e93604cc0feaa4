import { memoryStore } from './memory-store';
import type { KeyValueStore, Platform } from './types';

/** localStorage, or memory when it is blocked (private mode, some embedded views): learning still works. */
function browserStorage(): KeyValueStore {
  try {
    const probe = '__hvs_probe__';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return memoryStore();
  }
}

function download(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createBrowserPlatform(): Platform {
  const appLink = (path: string) => new URL(path.replace(/^\//, ''), `${window.location.origin}/`).href;
  return {
    kind: 'browser',
    storage: browserStorage(),
    appLink,
    async share({ path, title, description }) {
      const url = appLink(path);
      if (navigator.share) {
        try {
          await navigator.share({ title, text: description, url });
          return 'shared';
        } catch (err) {
          // AbortError means the person closed the sheet; anything else falls through to copying.
          if ((err as { name?: string }).name === 'AbortError') return 'cancelled';
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        return 'copied';
      } catch {
        return 'failed';
      }
    },
    async openExternal(url) {
      window.open(url, '_blank', 'noopener');
    },
    async preferredLanguage() {
      // Many residents' phones and PCs are set to English while they read Vietnamese best: default to vi here.
      return undefined;
    },
    onReopen() {
      return () => undefined;
    },
    async getAccessToken() {
      return undefined;
    },
    async scanQr() {
      // Browsers here have no scanner; people type the code printed under the QR instead.
      return undefined;
    },
    async saveText(fileName, text, mime) {
      download(fileName, new Blob([text], { type: mime }));
      return 'saved';
    },
    async saveFile(fileName, data) {
      download(fileName, data);
      return 'saved';
    },
    async openDocument(load) {
      const tab = window.open('', '_blank');
      if (!tab) return 'blocked';
      const blob = await load();
      if (!blob) {
        tab.close();
        return 'failed';
      }
      const url = URL.createObjectURL(blob);
      tab.location.href = url;
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return 'opened';
    },
  };
}
