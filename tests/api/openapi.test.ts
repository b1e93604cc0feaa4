import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../bot/routes/openapi';
import { createApp } from '../../bot/server';
import { buildServices, type Services } from '../../bot/services/build-services';
import { readConfig } from '../../bot/config';
import { freshStore, type TestStore } from '../support/backends';

// The OpenAPI document is written by hand beside the routes; this keeps the two the same list.
describe('the OpenAPI document', () => {
  let store: TestStore;
  let services: Services;
  beforeAll(async () => {
    store = await freshStore('pglite');
    services = await buildServices(readConfig({ ...store.env, NODE_ENV: 'test' }), { schema: store.schema });
  });
  afterAll(async () => {
    await services.close();
    await store.cleanup();
  });

  it('describes every API route the service registers, and no route it does not', () => {
    const registered = createApp(services)
      .routes.filter(
        (r) => r.path.startsWith('/api/') && ['GET', 'POST', 'DELETE'].includes(r.method) && !r.path.includes('*'),
      )
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = operations.map((o) => `${o.method} ${o.path}`);
    expect([...new Set(registered)].sort()).toEqual([...new Set(documented)].sort());
  });
});
