import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, errors, UndiciConnection } from '@elastic/elasticsearch';
import { createElasticsearchClient } from './client';
import { leanSearch } from './lean-search';

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real HTTP server on 127.0.0.1 answering as `handler` says (told the request's number), recording what it was asked. */
async function serve(handler: (res: ServerResponse, n: number, req: IncomingMessage) => void): Promise<{ url: string; server: Server; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.setHeader('x-elastic-product', 'Elasticsearch');
      handler(res, seen.length, req);
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

const answer = { hits: { total: { value: 1, relation: 'eq' }, hits: [{ _id: 'v1', _score: 1.5, _source: { title: 'López Obrador' } }] } };

describe('leanSearch', () => {
  const servers: Server[] = [];
  const clients: Client[] = [];
  const track = <T extends Client>(c: T) => {
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(servers.splice(0).map((s) => (s.closeAllConnections(), new Promise((resolve) => s.close(resolve)))));
  });

  it('posts the body to the index’s _search with filter_path in the query string, as client.search does', async () => {
    const { url, server, seen } = await serve((res) => json(res, answer));
    servers.push(server);
    const es = track(createElasticsearchClient({ url, indexAlias: 'videos' }));
    const request = { index: 'videos-v1', size: 10, query: { match: { title: 'López' } }, filter_path: ['hits.hits._id', 'hits.total'] };
    expect(await leanSearch(es, request)).toEqual(answer);
    expect(await es.search(request)).toEqual(answer);
    const [lean, official] = seen;
    expect(lean.method).toBe('POST');
    expect(lean.url).toBe(official.url);
    expect(lean.url).toBe('/videos-v1/_search?filter_path=hits.hits._id%2Chits.total');
    expect(JSON.parse(lean.body)).toEqual(JSON.parse(official.body));
    expect(JSON.parse(lean.body)).toEqual({ size: 10, query: { match: { title: 'López' } } });
    expect(lean.headers['content-type']).toBe('application/json');
  });

  it('searches a point in time at /_search, without an index', async () => {
    const { url, server, seen } = await serve((res) => json(res, answer));
    servers.push(server);
    const es = track(createElasticsearchClient({ url, indexAlias: 'videos' }));
    await leanSearch(es, { pit: { id: 'abc==', keep_alive: '1m' }, search_after: [1.5, 'v1'], size: 5 });
    expect(seen[0].url).toBe('/_search');
    expect(JSON.parse(seen[0].body)).toEqual({ pit: { id: 'abc==', keep_alive: '1m' }, search_after: [1.5, 'v1'], size: 5 });
  });

  it('throws an error answer as the client’s ResponseError, with its status and body', async () => {
    const { url, server } = await serve((res) => json(res, { error: { type: 'search_context_missing_exception', reason: 'No search context found' }, status: 404 }, 404));
    servers.push(server);
    const es = track(createElasticsearchClient({ url, indexAlias: 'videos' }));
    const error = await leanSearch(es, { pit: { id: 'gone' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.ResponseError);
    expect((error as errors.ResponseError).statusCode).toBe(404);
    expect((error as errors.ResponseError).body).toMatchObject({ error: { type: 'search_context_missing_exception' } });
    expect((error as Error).message).toBe('search_context_missing_exception');
  });

  it('keeps an error answer that is not JSON as text', async () => {
    const { url, server } = await serve((res) => {
      res.statusCode = 502;
      res.end('Bad Gateway');
    });
    servers.push(server);
    const es = track(createElasticsearchClient({ url, indexAlias: 'videos' }));
    const error = await leanSearch(es, { index: 'v' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.ResponseError);
    expect((error as errors.ResponseError).statusCode).toBe(502);
    expect((error as errors.ResponseError).body).toBe('Bad Gateway');
  });

  it('reads the answer with the client’s serializer: a broken one is a DeserializationError, as from client.search', async () => {
    const { url, server } = await serve((res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"hits":{"hits":[');
    });
    servers.push(server);
    const es = track(createElasticsearchClient({ url, indexAlias: 'videos' }));
    expect(await leanSearch(es, { index: 'v' }).catch((e: unknown) => e)).toBeInstanceOf(errors.DeserializationError);
    expect(await es.search({ index: 'v' }).catch((e: unknown) => e)).toBeInstanceOf(errors.DeserializationError);
  });

  it('sends a search that failed before any answer again through client.search, with its retries', async () => {
    const { url, server, seen } = await serve((res, n, req) => {
      if (n === 1) req.socket.destroy();
      else json(res, answer);
    });
    servers.push(server);
    const es = track(createElasticsearchClient({ url, indexAlias: 'videos' }));
    const official = jest.spyOn(es, 'search');
    expect(await leanSearch(es, { index: 'v', size: 1 })).toEqual(answer);
    expect(official).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(2);
  });

  it('leaves a client with another connection to client.search', async () => {
    const { url, server, seen } = await serve((res) => json(res, answer));
    servers.push(server);
    const es = track(new Client({ node: url, Connection: UndiciConnection }));
    const official = jest.spyOn(es, 'search');
    expect(await leanSearch(es, { index: 'v' })).toEqual(answer);
    expect(official).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(1);
  });
});
