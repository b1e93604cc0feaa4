import { events, EventName, getSystemInfo, nativeStorage, openShareSheet, openWebview } from 'zmp-sdk/apis';
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
  };
}
