import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { readConfig } from './config';
import { createApp } from './server';
import { buildServices } from './services/build-services';

// `npm start`: build the mini app if it has not been built yet, then serve API, bot and app on one port.
// npm start runs this bundled (bot/bundle-service.ts) under `node --v8-pool-size=1`: V8's background threads each keep a
// malloc arena of freed compiler and GC memory, ~85 MB with the default four; one thread keeps ~40 MB and the full-ward
// export peaked 290 -> 260 MB with no measurable latency cost (bench:dashboard). A smaller young generation
// (--max-semi-space-size=4) saved 20 MB more but made the ward list ~12 ms and the export ~0.8 s slower.
const config = readConfig();
if (cluster.isPrimary && !existsSync(path.join(config.wwwDir, 'index.html'))) {
  console.log('Building the mini app (first start)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: path.resolve(import.meta.dirname, '..') });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// PostgreSQL lets several processes share the load (the service keeps no state of its own); PGlite is one process.
const workers = config.databaseUrl ? Math.max(1, Number(process.env.WEB_CONCURRENCY ?? 1)) : 1;
if (workers > 1 && cluster.isPrimary) startCluster(workers);
else await serveOne();

function startCluster(n: number) {
  for (let i = 0; i < n; i++) cluster.fork();
  let announced = false;
  cluster.on('message', (_w, msg: { port?: number }) => {
    if (!msg.port || announced) return;
    announced = true;
    console.log(`Học vụ số is running on http://localhost:${msg.port} (database: postgres, ${n} processes)`);
  });
  const stopAll = () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    process.exit(0);
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);
}

async function serveOne() {
  const services = await buildServices(config).catch((err: Error) => {
    console.error(`Could not start: ${err.message}`);
    process.exit(1);
  });
  const app = createApp(services);
  // The full Botpress mirror runs in one process only: every cluster worker builds its own services.
  if (services.botpress && (!cluster.isWorker || cluster.worker?.id === 1)) {
    const mirrorAll = () =>
      services
        .botpress!.mirror(services.db, services.lessons.required)
        .then((r) =>
          console.log(`botpress: mirrored ${r.rows} households in ${r.batches} batches (${r.pruned} pruned)`),
        )
        .catch((err: Error) => console.warn(`botpress: mirror failed: ${err.message}`));
    void mirrorAll();
    setInterval(mirrorAll, 15 * 60_000).unref();
  }
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    if (cluster.isWorker) return void process.send?.({ port: info.port });
    console.log(`Học vụ số is running on http://localhost:${info.port} (database: ${services.backend})`);
    if (config.devSignIn) console.log('Development sign-in is ON (DEV_SIGN_IN=1).');
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    void services.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
