import {
  events,
  EventName,
  getAccessToken,
  getSystemInfo,
  nativeStorage,
  openShareSheet,
  openWebview,
  scanQRCode,
} from 'zmp-sdk/apis';
import type { Platform } from './types';

type SdkError = { code?: number; message?: string };

/** The Zalo host. zmp-sdk calls are awaited without `success` callbacks: passing both leaves the promise unsettled. */
export function createZaloPlatform(appId: string): Platform {
  const appLink = (path: string) => `https://zalo.me/s/${appId}/${path.replace(/^\//, '')}`;
  return {
    kind: 'zalo',
    storage: {
      getItem: (k) => nativeStorage.getItem(k) || null,
      setItem: (k, v) => nativeStorage.setItem(k, v),
      removeItem: (k) => nativeStorage.removeItem(k),
    },
    appLink,
    async share({ path, title, description }) {
      try {
        await openShareSheet({
          type: 'zmp_deep_link',
          data: { title, description, path, thumbnail: new URL('icon-512.png', window.location.href).href },
        });
        return 'shared';
      } catch (err) {
        // Zalo rejects both when the sheet is closed and when sharing fails, and documents no code that tells them
        // apart; a resident who closed the sheet must not see an error, so only a bridge-level failure counts.
        return (err as SdkError).code === -2000 ? 'failed' : 'cancelled';
      }
    },
    async openExternal(url) {
      await openWebview({ url });
    },
    async preferredLanguage() {
      try {
        return (await getSystemInfo()).zaloLanguage;
      } catch {
        return undefined;
      }
    },
    onReopen(handler) {
      const listener = (data: { path?: string } | undefined) => {
        if (data?.path) handler(data.path);
      };
      events.on(EventName.OpenApp, listener);
      return () => events.off(EventName.OpenApp, listener);
    },
    async getAccessToken() {
      try {
        return (await getAccessToken()) || undefined;
      } catch {
        return undefined;
      }
    },
    async scanQr() {
      try {
        return (await scanQRCode()).content || undefined;
      } catch {
        // Closing the scanner rejects too; either way there is no code, and the field stays for typing.
        return undefined;
      }
    },
    async saveText() {
      // The mini app cannot write files; the caller shows the text on screen instead.
      return 'unsupported';
    },
    async saveFile() {
      return 'unsupported';
    },
    async openDocument() {
      // No tabs and no print dialog here: printing is done from a computer (staff desktop sign-in).
      return 'unsupported';
    },
  };
}
