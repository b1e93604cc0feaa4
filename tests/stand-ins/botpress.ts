import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';

/*
 * A loopback stand-in for the Botpress Cloud API, honouring the contract @botpress/client 1.45 speaks (paths and
 * verbs taken from what the real client sends, see tests/channels/botpress.test.ts):
 * - every /v1 call carries `Authorization: Bearer <token>` and `x-bot-id`; errors are JSON `{id, code, type, message}`,
 *   the only shape the client turns into typed errors (RateLimitedError, UnauthorizedError, ...);
 * - Tables: POST /v1/tables/{t} (getOrCreate), GET and PUT /v1/tables/{t}, POST /v1/tables/{t}/rows/upsert|find|delete;
 *   free-plan limits: 20 columns a table, 4 KB a row, 1000 rows a request;
 * - Files: PUT /v1/files (upsert by key, answers an `uploadUrl`), then a bare PUT of the content to that URL (a
 *   pre-signed storage URL: no Botpress headers), GET /v1/files (tags as `tags.k=v`), DELETE /v1/files/{id},
 *   GET /v1/files/search (scores passages by shared words, 0..1, in place of embeddings).
 */

type Column = { type: string; nullable?: boolean; format?: string; 'x-zui'?: { index: number } };
export type StandInRow = Record<string, unknown> & { id: number; createdAt: string; updatedAt: string };
type Table = {
  id: string;
  name: string;
  properties: Record<string, Column>;
  keyColumn: string | null;
  tags: Record<string, string>;
  rows: Map<number, StandInRow>;
  createdAt: string;
};
type StoredFile = {
  id: string;
  key: string;
  tags: Record<string, string>;
  metadata: Record<string, unknown>;
  index: boolean;
  contentType: string;
  size: number;
  content?: string;
  status: string;
  createdAt: string;
  updatedAt: string;
};
export type LoggedRequest = { at: number; method: string; path: string; status: number; rows?: number };

const MAX_COLUMNS = 20;
const MAX_ROW_BYTES = 4096;
const MAX_ROWS = 1000;
const RESERVED = new Set(['id', 'createdAt', 'updatedAt', 'computed', 'stale', 'similarity']);

const errorId = () =>
  `err_${
    new Date()
      .toISOString()
      .replace(/[-:TZ]/g, '')
      .split('.')[0]
  }x${randomBytes(4).toString('hex').toUpperCase()}`;
const now = () => new Date().toISOString();

function fail(c: Context, code: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503, type: string, message: string) {
  return c.json({ id: errorId(), code, type, message }, code);
}

type Cond = Record<string, unknown>;
function matches(row: Record<string, unknown>, filter: Cond | undefined): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([k, cond]) => {
    if (k === '$and') return (cond as Cond[]).every((f) => matches(row, f));
    if (k === '$or') return (cond as Cond[]).some((f) => matches(row, f));
    const v = row[k] as never;
    if (cond === null || typeof cond !== 'object') return v === cond;
    return Object.entries(cond as Cond).every(([op, x]) => {
      const y = x as never;
      switch (op) {
        case '$eq':
          return v === y;
        case '$ne':
          return v !== y;
        case '$lt':
          return v < y;
        case '$lte':
          return v <= y;
        case '$gt':
          return v > y;
        case '$gte':
          return v >= y;
        case '$in':
          return (x as unknown[]).includes(v);
        case '$nin':
          return !(x as unknown[]).includes(v);
        default:
          throw new Error(`unsupported filter operator ${op}`);
      }
    });
  });
}

function typeError(col: Column, value: unknown): boolean {
  if (value === null || value === undefined) return !col.nullable && value === null;
  return col.type !== typeof value;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
const words = (s: string) =>
  new Set(
    fold(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
/** Paragraphs, as Botpress's standard Markdown parsing chunks a file. */
const passagesOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

export async function startBotpressStandIn(opts: { token?: string; botId?: string; filesPageSize?: number } = {}) {
  const token = opts.token ?? 'bp-stand-in-token';
  const botId = opts.botId ?? 'bot-stand-in';
  const tables = new Map<string, Table>();
  const files = new Map<string, StoredFile>();
  const requests: LoggedRequest[] = [];
  const faults: { times: number; status: 429 | 500 | 503; retryAfterSeconds?: number; match?: RegExp }[] = [];
  let base = '';
  let nextRowId = 1;

  const app = new Hono<{ Variables: { log: LoggedRequest } }>();
  app.use('*', async (c, next) => {
    const entry: LoggedRequest = { at: Date.now(), method: c.req.method, path: c.req.path, status: 0 };
    requests.push(entry);
    c.set('log', entry);
    await next();
    entry.status = c.res.status;
  });

  app.use('/v1/*', async (c, next) => {
    const auth = /^bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
    if (!auth || auth[1] !== token) return fail(c, 401, 'Unauthorized', 'Invalid or missing authentication token');
    const bot = c.req.header('x-bot-id');
    if (!bot) return fail(c, 400, 'InvalidPayload', 'Missing required header "x-bot-id"');
    if (bot !== botId) return fail(c, 403, 'Forbidden', `No access to bot "${bot}"`);
    const fault = faults.find((f) => f.times > 0 && (!f.match || f.match.test(`${c.req.method} ${c.req.path}`)));
    if (fault) {
      fault.times--;
      if (fault.status === 429) {
        const wait = String(fault.retryAfterSeconds ?? 1);
        c.header('Retry-After', wait);
        c.header('RateLimit-Limit', '100');
        c.header('RateLimit-Remaining', '0');
        c.header('RateLimit-Reset', wait);
        return fail(c, 429, 'RateLimited', 'The request has been rate limited.');
      }
      return fail(c, fault.status, 'Internal', 'An internal error occurred');
    }
    await next();
  });

  const tableView = (t: Table) => ({
    id: t.id,
    name: t.name,
    keyColumn: t.keyColumn,
    tags: t.tags,
    factor: 1,
    frozen: false,
    createdAt: t.createdAt,
    updatedAt: t.createdAt,
    schema: { type: 'object', properties: t.properties },
  });

  function readSchema(c: Context, schema: unknown, keyColumn: unknown): Response | Record<string, Column> {
    const props = (schema as { properties?: Record<string, Column> } | undefined)?.properties;
    if (!props || typeof props !== 'object')
      return fail(c, 400, 'InvalidPayload', 'schema must be a JSON schema with properties');
    const names = Object.keys(props);
    if (names.length > MAX_COLUMNS)
      return fail(c, 413, 'LimitExceeded', `A table can have at most ${MAX_COLUMNS} columns (got ${names.length})`);
    const reserved = names.find((n) => RESERVED.has(n));
    if (reserved) return fail(c, 400, 'InvalidPayload', `"${reserved}" is a system column`);
    if (keyColumn != null && !names.includes(keyColumn as string))
      return fail(c, 400, 'InvalidPayload', `keyColumn "${keyColumn}" is not a column`);
    return Object.fromEntries(names.map((n, index) => [n, { ...props[n], 'x-zui': { index } }]));
  }

  app.post('/v1/tables/:table', async (c) => {
    const name = c.req.param('table');
    const existing = tables.get(name);
    if (existing)
      return c.json({ table: tableView(existing), created: false, rows: existing.rows.size, stale: 0, indexing: 0 });
    const body = await c.req.json<{ schema?: unknown; keyColumn?: string | null; tags?: Record<string, string> }>();
    const props = readSchema(c, body.schema, body.keyColumn);
    if (props instanceof Response) return props;
    const t: Table = {
      id: `table_${randomBytes(6).toString('hex')}`,
      name,
      properties: props,
      keyColumn: body.keyColumn ?? null,
      tags: body.tags ?? {},
      rows: new Map(),
      createdAt: now(),
    };
    tables.set(name, t);
    return c.json({ table: tableView(t), created: true, rows: 0, stale: 0, indexing: 0 });
  });

  app.get('/v1/tables/:table', (c) => {
    const t = tables.get(c.req.param('table'));
    return t
      ? c.json({ table: tableView(t), rows: t.rows.size, stale: 0, indexing: 0 })
      : fail(c, 404, 'ResourceNotFound', 'Table not found');
  });

  app.put('/v1/tables/:table', async (c) => {
    const t = tables.get(c.req.param('table'));
    if (!t) return fail(c, 404, 'ResourceNotFound', 'Table not found');
    const body = await c.req.json<{ schema?: unknown; keyColumn?: string | null }>();
    if (body.schema) {
      const props = readSchema(c, body.schema, body.keyColumn ?? t.keyColumn);
      if (props instanceof Response) return props;
      t.properties = props;
    }
    if (body.keyColumn !== undefined) t.keyColumn = body.keyColumn;
    return c.json({ table: tableView(t), staleColumns: [] });
  });

  app.post('/v1/tables/:table/rows/upsert', async (c) => {
    const t = tables.get(c.req.param('table'));
    if (!t) return fail(c, 404, 'ResourceNotFound', 'Table not found');
    const body = await c.req.json<{ rows?: Record<string, unknown>[]; keyColumn?: string }>();
    const rows = body.rows ?? [];
    c.get('log').rows = rows.length;
    if (rows.length < 1 || rows.length > MAX_ROWS)
      return fail(c, 400, 'InvalidPayload', `rows must hold between 1 and ${MAX_ROWS} items (got ${rows.length})`);
    const key = body.keyColumn ?? 'id';
    if (key !== 'id' && !t.properties[key]) return fail(c, 400, 'InvalidPayload', `keyColumn "${key}" is not a column`);
    for (const [i, row] of rows.entries()) {
      if (Buffer.byteLength(JSON.stringify(row)) > MAX_ROW_BYTES)
        return fail(c, 413, 'PayloadTooLarge', `row ${i} is larger than ${MAX_ROW_BYTES} bytes`);
      for (const [col, value] of Object.entries(row)) {
        if (col === 'id') continue;
        if (!t.properties[col]) return fail(c, 400, 'InvalidPayload', `row ${i}: unknown column "${col}"`);
        if (typeError(t.properties[col], value))
          return fail(c, 400, 'InvalidPayload', `row ${i}: "${col}" must be a ${t.properties[col].type}`);
      }
      if (row[key] === undefined || row[key] === null)
        return fail(c, 400, 'InvalidPayload', `row ${i} has no value for keyColumn "${key}"`);
    }
    const keys = rows.map((r) => r[key]);
    if (new Set(keys).size !== keys.length) return fail(c, 400, 'InvalidPayload', `rows repeat a value of "${key}"`);
    const byKey = new Map([...t.rows.values()].map((r) => [r[key], r]));
    const inserted: StandInRow[] = [];
    const updated: StandInRow[] = [];
    for (const row of rows) {
      const old = byKey.get(row[key]);
      if (old) {
        const next = { ...old, ...row, id: old.id, updatedAt: now() };
        t.rows.set(old.id, next);
        updated.push(next);
      } else {
        const id = nextRowId++;
        const fresh = { ...row, id, createdAt: now(), updatedAt: now() } as StandInRow;
        t.rows.set(id, fresh);
        inserted.push(fresh);
      }
    }
    return c.json({ inserted, updated, warnings: [], errors: [] });
  });

  app.post('/v1/tables/:table/rows/find', async (c) => {
    const t = tables.get(c.req.param('table'));
    if (!t) return fail(c, 404, 'ResourceNotFound', 'Table not found');
    const body = await c.req.json<{
      filter?: Cond;
      limit?: number;
      offset?: number;
      orderBy?: string;
      orderDirection?: 'asc' | 'desc';
    }>();
    const limit = Math.min(body.limit ?? 100, MAX_ROWS);
    const offset = body.offset ?? 0;
    const by = body.orderBy ?? 'id';
    const dir = body.orderDirection === 'desc' ? -1 : 1;
    const all = [...t.rows.values()]
      .filter((r) => matches(r, body.filter))
      .sort((a, b) => ((a[by] as number) > (b[by] as number) ? dir : (a[by] as number) < (b[by] as number) ? -dir : 0));
    return c.json({
      rows: all.slice(offset, offset + limit).map((r) => ({ ...r, computed: {} })),
      hasMore: offset + limit < all.length,
      offset,
      limit,
    });
  });

  app.post('/v1/tables/:table/rows/delete', async (c) => {
    const t = tables.get(c.req.param('table'));
    if (!t) return fail(c, 404, 'ResourceNotFound', 'Table not found');
    const body = await c.req.json<{ ids?: number[]; filter?: Cond; deleteAllRows?: boolean }>();
    if (!body.ids && !body.filter && !body.deleteAllRows)
      return fail(c, 400, 'InvalidPayload', 'give ids, a filter or deleteAllRows');
    const doomed = [...t.rows.values()].filter(
      (r) => body.deleteAllRows || body.ids?.includes(r.id) || (body.filter && matches(r, body.filter)),
    );
    for (const r of doomed) t.rows.delete(r.id);
    return c.json({ deletedRows: doomed.length });
  });

  const fileView = (f: StoredFile) => ({
    id: f.id,
    botId,
    key: f.key,
    url: `${base}/_storage/${f.id}`,
    size: f.status === 'upload_pending' ? null : f.size,
    contentType: f.contentType,
    tags: f.tags,
    metadata: f.metadata,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
    accessPolicies: [],
    index: f.index,
    status: f.status,
    owner: { type: 'bot', id: botId },
  });

  function tagFilter(url: URL): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const k of new Set(url.searchParams.keys())) {
      const m = /^tags\.(.+?)(\[\d*\])?$/.exec(k);
      if (m) out[m[1]] = [...(out[m[1]] ?? []), ...url.searchParams.getAll(k)];
    }
    // The REST docs describe `tags` as URL-encoded JSON; accept that form too.
    const json = url.searchParams.get('tags');
    if (json)
      for (const [k, v] of Object.entries(JSON.parse(json) as Record<string, string | string[]>))
        out[k] = Array.isArray(v) ? v : [v];
    return out;
  }
  const hasTags = (f: StoredFile, want: Record<string, string[]>) =>
    Object.entries(want).every(([k, vs]) => vs.includes(f.tags[k]));

  app.put('/v1/files', async (c) => {
    const body = await c.req.json<{
      key?: string;
      size?: number;
      tags?: Record<string, unknown>;
      index?: boolean;
      contentType?: string;
      metadata?: Record<string, unknown>;
    }>();
    if (!body.key) return fail(c, 400, 'InvalidPayload', 'key is required');
    if (typeof body.size !== 'number' || body.size < 0) return fail(c, 400, 'InvalidPayload', 'size is required');
    if (Object.values(body.tags ?? {}).some((v) => typeof v !== 'string'))
      return fail(c, 400, 'InvalidPayload', 'tag values must be strings');
    const old = [...files.values()].find((f) => f.key === body.key);
    const f: StoredFile = {
      id: old?.id ?? `file_${randomBytes(8).toString('hex')}`,
      key: body.key,
      tags: (body.tags ?? {}) as Record<string, string>,
      metadata: body.metadata ?? {},
      index: body.index ?? false,
      contentType: body.contentType ?? (body.key.endsWith('.md') ? 'text/markdown' : 'application/octet-stream'),
      size: body.size,
      status: 'upload_pending',
      createdAt: old?.createdAt ?? now(),
      updatedAt: now(),
    };
    files.set(f.id, f);
    return c.json({ file: { ...fileView(f), uploadUrl: `${base}/_storage/${f.id}` } });
  });

  // The pre-signed upload URL: no Botpress headers, the declared size must match, like signed storage.
  app.put('/_storage/:id', async (c) => {
    const f = files.get(c.req.param('id'));
    if (!f) return c.text('NoSuchUpload', 404);
    const bytes = Buffer.from(await c.req.arrayBuffer());
    if (bytes.byteLength !== f.size) return c.text(`size ${bytes.byteLength} differs from the declared ${f.size}`, 400);
    f.content = bytes.toString('utf8');
    f.status = f.index ? 'indexing_completed' : 'upload_completed';
    f.updatedAt = now();
    return c.body(null, 200);
  });

  app.get('/v1/files/search', (c) => {
    const url = new URL(c.req.url);
    const query = url.searchParams.get('query');
    if (!query) return fail(c, 400, 'InvalidPayload', 'query is required');
    const limit = Number(url.searchParams.get('limit') ?? 10);
    const want = tagFilter(url);
    const q = words(query);
    const passages = [...files.values()]
      .filter((f) => f.index && f.status === 'indexing_completed' && f.content && hasTags(f, want))
      .flatMap((f) =>
        passagesOf(f.content!).map((content, position) => {
          const mine = words(content);
          const shared = [...q].filter((w) => mine.has(w)).length;
          return {
            content,
            score: q.size ? shared / q.size : 0,
            meta: { type: 'chunk', subtype: 'paragraph', position },
            file: {
              id: f.id,
              key: f.key,
              contentType: f.contentType,
              metadata: f.metadata,
              tags: f.tags,
              createdAt: f.createdAt,
              updatedAt: f.updatedAt,
            },
          };
        }),
      )
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
    return c.json({ passages });
  });

  app.get('/v1/files', (c) => {
    const url = new URL(c.req.url);
    const want = tagFilter(url);
    const pageSize = Number(url.searchParams.get('pageSize') ?? opts.filesPageSize ?? 20);
    const start = Number(url.searchParams.get('nextToken') ?? 0);
    const all = [...files.values()].filter((f) => hasTags(f, want)).sort((a, b) => a.key.localeCompare(b.key));
    const page = all.slice(start, start + pageSize);
    return c.json({
      files: page.map(fileView),
      meta: start + pageSize < all.length ? { nextToken: String(start + pageSize) } : {},
    });
  });

  app.get('/v1/files/:id', (c) => {
    const id = c.req.param('id');
    const f = files.get(id) ?? [...files.values()].find((x) => x.key === id);
    return f ? c.json({ file: fileView(f) }) : fail(c, 404, 'ResourceNotFound', 'File not found');
  });

  app.delete('/v1/files/:id', (c) => {
    const id = c.req.param('id');
    const f = files.get(id) ?? [...files.values()].find((x) => x.key === id);
    if (!f) return fail(c, 404, 'ResourceNotFound', 'File not found');
    files.delete(f.id);
    return c.json({});
  });

  app.notFound((c) => fail(c, 404, 'MethodNotFound', `${c.req.method} ${c.req.path} is not part of this stand-in`));

  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    token,
    botId,
    tables,
    files,
    requests,
    /** The next `times` API calls (optionally only those whose "METHOD /path" matches) fail with `status`. */
    failNext(times: number, fault: { status?: 429 | 500 | 503; retryAfterSeconds?: number; match?: RegExp } = {}) {
      faults.push({
        times,
        status: fault.status ?? 429,
        retryAfterSeconds: fault.retryAfterSeconds,
        match: fault.match,
      });
    },
    close: () =>
      new Promise<void>((r) => {
        // The client keeps sockets alive; without this, close() would wait for them to time out.
        server.close(() => r());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

export type BotpressStandIn = Awaited<ReturnType<typeof startBotpressStandIn>>;
