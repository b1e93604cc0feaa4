import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { readConfig } from './config';
import { createApp } from './server';

// `npm start`: build the mini app if it has not been built yet, then serve API, bot and app on one port.
const config = readConfig();
if (!existsSync(path.join(config.wwwDir, 'index.html'))) {
  console.log('Building the mini app (first start)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: path.resolve(import.meta.dirname, '..') });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const app = createApp(config);
const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  console.log(`Học vụ số is running on http://localhost:${info.port}`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
