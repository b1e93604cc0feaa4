import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import zaloMiniApp from 'zmp-vite-plugin';
import { lessonsPlugin } from './bot/content/vite-lessons-plugin';
import { practicePlugin } from './bot/content/vite-practice-plugin';
import { prerenderPlugin } from './bot/content/vite-prerender-plugin';

// The mini app: index.html at the top, sources in src/app, output in www/ (what `zmp deploy` uploads).
export default defineConfig({
  plugins: [lessonsPlugin(), practicePlugin(), react(), zaloMiniApp(), prerenderPlugin()],
  build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 600 },
  server: { port: 3001, proxy: { '/api': 'http://localhost:3000' } },
});
