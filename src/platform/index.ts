import { createBrowserPlatform } from './browser';
import type { Platform } from './types';

export type { KeyValueStore, OpenResult, Platform, ShareInput, ShareResult } from './types';

declare global {
  // zmp-ui's router typings already declare window.APP_ID (Zalo sets it; our service sets it for browsers).
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface can extend Window
  interface Window {
    /** Set by our own service when it serves the app to a plain browser (it also sets APP_ID for ZMPRouter). */
    HVS_WEB?: boolean;
    ZaloJavaScriptInterface?: unknown;
  }
}

/** Zalo injects APP_ID and its JS bridge; our service marks plain browsers with HVS_WEB. Detect once, at start. */
export const isZalo = () => !window.HVS_WEB && Boolean(window.APP_ID || window.ZaloJavaScriptInterface);

/** Picks the host implementation. zmp-sdk is loaded only inside Zalo, so browsers never download it. */
export async function createPlatform(): Promise<Platform> {
  if (!isZalo()) return createBrowserPlatform();
  const { createZaloPlatform } = await import('./zalo');
  return createZaloPlatform(window.APP_ID ?? '');
}
