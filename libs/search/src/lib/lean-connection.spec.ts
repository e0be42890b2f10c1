import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Client, errors, UndiciConnection } from '@elastic/elasticsearch';
import { createElasticsearchClient } from './client';
import { LeanUndiciConnection } from './lean-connection';

/** A real HTTP server on 127.0.0.1 answering as `handler` says, recording what it was asked. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ url: string; server: Server; seen: Array<{ url?: string; headers: IncomingMessage['headers']; body: string }> }> {
  const seen: Array<{ url?: string; headers: IncomingMessage['headers']; body: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      seen.push({ url: req.url, headers: req.headers, body });
      res.setHeader('x-elastic-product', 'Elasticsearch');
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, seen };
}

const json = (res: ServerResponse, value: unknown, status = 200) => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(value));
};

describe('LeanUndiciConnection', () => {
  const servers: Server[] = [];
  const clients: Client[] = [];
  const client = (url: string, options: Record<string, unknown> = {}) => {
    const c = new Client({ node: url, Connection: LeanUndiciConnection, maxRetries: 0, ...options });
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it('sends the request with the client’s headers and reads a wide-character answer whole', async () => {
    const answer = { hits: { total: { value: 1, relation: 'eq' }, hits: [{ _id: 'a', _source: { title: 'López Obrador — “AMLO”… 🇲🇽 '.repeat(2000) } }] } };
    const { url, server, seen } = await serve((_req, res) => json(res, answer));
    servers.push(server);
    const es = client(url, { auth: { username: 'u', password: 'p' } });
    const result = await es.search({ index: 'videos', query: { match_all: {} }, filter_path: ['hits.hits._id', 'hits.hits._source'] });
    expect(result).toEqual(answer);
    expect(seen[0].url).toBe('/videos/_search?filter_path=hits.hits._id%2Chits.hits._source');
    expect(seen[0].headers.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
    expect(JSON.parse(seen[0].body)).toEqual({ query: { match_all: {} } });
  });

  it('takes the short way for the requests of the apps’ client (its timeout is the connection’s)', async () => {
    const { url, server } = await serve((_req, res) => json(res, { count: 4 }));
    servers.push(server);
    const official = jest.spyOn(UndiciConnection.prototype, 'request');
    try {
      const es = createElasticsearchClient({ url, indexAlias: 'videos' });
      clients.push(es);
      expect((await es.count({ index: 'v' })).count).toBe(4);
      expect(official).not.toHaveBeenCalled();
      expect((await es.count({ index: 'v' }, { requestTimeout: 1000 })).count).toBe(4);
      expect(official).toHaveBeenCalledTimes(1);
    } finally {
      official.mockRestore();
    }
  });

  it('keeps a path prefix of the node URL', async () => {
    const { url, server, seen } = await serve((_req, res) => json(res, { count: 3 }));
    servers.push(server);
    expect((await client(`${url}/es/`).count({ index: 'v' })).count).toBe(3);
    expect(seen[0].url).toBe('/es/v/_count');
  });

  it('gives Elasticsearch’s error answers to the client as ResponseError with status and body', async () => {
    const { url, server } = await serve((_req, res) => json(res, { error: { type: 'search_context_missing_exception', reason: 'gone' }, status: 404 }, 404));
    servers.push(server);
    const error = await client(url)
      .search({ index: 'v' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.ResponseError);
    expect((error as errors.ResponseError).statusCode).toBe(404);
    expect((error as errors.ResponseError).body).toMatchObject({ error: { type: 'search_context_missing_exception' } });
  });

  it('reads a gzip answer as bytes, which the client inflates', async () => {
    const { url, server } = await serve((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('content-encoding', 'gzip');
      res.end(gzipSync(JSON.stringify({ count: 7 })));
    });
    servers.push(server);
    expect((await client(url).count({ index: 'v' })).count).toBe(7);
  });

  it('refuses an answer longer than maxResponseSize before reading it', async () => {
    const { url, server } = await serve((_req, res) => json(res, { text: 'x'.repeat(5000) }));
    servers.push(server);
    const error = await client(url, { maxResponseSize: 1000 })
      .search({ index: 'v' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.RequestAbortedError);
    expect((error as Error).message).toMatch(/content length \(\d+\) is bigger than the maximum allowed string \(1000\)/);
  });

  it('reports an unreachable node as a ConnectionError and a silent one as a TimeoutError', async () => {
    const { url, server } = await serve(() => undefined);
    servers.push(server);
    const closed = `http://127.0.0.1:${new URL(url).port === '1' ? 2 : 1}`;
    expect(await client(closed).count({ index: 'v' }).catch((e: unknown) => e)).toBeInstanceOf(errors.ConnectionError);
    const timeout = await client(url, { requestTimeout: 200 })
      .count({ index: 'v' })
      .catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(errors.TimeoutError);
  });

  it('leaves a stream answer and a per-request timeout to the official connection', async () => {
    const { url, server } = await serve((_req, res) => json(res, { count: 2 }));
    servers.push(server);
    const es = client(url);
    const streamed = await es.count({ index: 'v' }, { asStream: true, meta: true });
    let text = '';
    for await (const chunk of streamed.body as unknown as AsyncIterable<Buffer>) text += chunk.toString();
    expect(JSON.parse(text)).toEqual({ count: 2 });
    expect((await es.count({ index: 'v' }, { requestTimeout: 5000 })).count).toBe(2);
  });
});
