/** Where the service is: named by the build for Zalo (the app is served from Zalo's CDN), the same origin in a browser. */
export const API_BASE = String(import.meta.env.VITE_API_BASE ?? '');
