import { describe, expect, it } from 'vitest';
import { startAppServer } from '../e2e/support/app-server';

// public/ is part of the fixed layout: icons and the share picture, and no favicon 404 on a cold load.

describe('public files', () => {
  it('serves the icon, app icons and share picture, and answers /favicon.ico', async () => {
    const app = await startAppServer();
    try {
      const base = `/zapps/${app.services.config.appId}`;
      for (const f of ['favicon.svg', 'icon-192.png', 'icon-512.png', 'apple-touch-icon.png', 'share.png']) {
        const res = await fetch(`${app.url}${base}/${f}`);
        expect(res.status, f).toBe(200);
        expect((await res.arrayBuffer()).byteLength, f).toBeGreaterThan(200);
      }
      const ico = await fetch(`${app.url}/favicon.ico`, { redirect: 'manual' });
      expect(ico.status).toBe(301);
      expect(ico.headers.get('location')).toBe(`${base}/favicon.svg`);
    } finally {
      await app.close();
    }
  });
});
