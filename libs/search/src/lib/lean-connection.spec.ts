import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Client, errors, UndiciConnection } from '@elastic/elasticsearch';
import { createElasticsearchClient } from './client';
import { LeanConnection } from './lean-connection';

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

/**
 * A TCP server on 127.0.0.1 that answers each request as `answer` says (undefined: destroys the
 * connection), told the request's number on its connection and over all connections.
 */
async function tcpServe(answer: (onConnection: number, overall: number) => string | undefined): Promise<{ url: string; server: TcpServer; connections: () => number }> {
  let connections = 0;
  let overall = 0;
  const server = createTcpServer((socket: Socket) => {
    connections += 1;
    let requests = 0;
    let pending = '';
    socket.on('data', (data: Buffer) => {
      pending += data.toString('latin1');
      // Requests without bodies (count, HEAD): one per blank line.
      while (pending.includes('\r\n\r\n')) {
        pending = pending.slice(pending.indexOf('\r\n\r\n') + 4);
        requests += 1;
        overall += 1;
        const reply = answer(requests, overall);
        if (reply === undefined) {
          socket.destroy();
          return;
        }
        socket.write(reply, 'latin1');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, connections: () => connections };
}

const countAnswer = (count: number) => {
  const body = JSON.stringify({ count });
  return `HTTP/1.1 200 OK\r\nx-elastic-product: Elasticsearch\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`;
};

const json = (res: ServerResponse, value: unknown, status = 200) => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(value));
};

describe('LeanConnection', () => {
  const servers: Array<Server | TcpServer> = [];
  const clients: Client[] = [];
  const client = (url: string, options: Record<string, unknown> = {}) => {
    const c = new Client({ node: url, Connection: LeanConnection, maxRetries: 0, ...options });
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(
      servers.splice(0).map((s) => {
        if ('closeAllConnections' in s) s.closeAllConnections();
        return new Promise((resolve) => s.close(resolve));
      }),
    );
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
  it('keeps a connection for the next request and opens more for requests at once', async () => {
    const ports: number[] = [];
    const { url, server } = await serve((req, res) => {
      ports.push(req.socket.remotePort ?? 0);
      setTimeout(() => json(res, { count: ports.length }), 20);
    });
    servers.push(server);
    const es = client(url);
    await es.count({ index: 'v' });
    await es.count({ index: 'v' });
    expect(ports[1]).toBe(ports[0]);
    await Promise.all([1, 2, 3].map(() => es.count({ index: 'v' })));
    expect(new Set(ports.slice(2)).size).toBe(3);
    expect(new Set(ports).size).toBe(3);
  });

  it('reads a chunked answer whole', async () => {
    const { url, server } = await serve((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.write('{"hits":{"hits":[');
      setTimeout(() => res.end(`{"_id":"${'é'.repeat(30_000)}"}]}}`), 10);
    });
    servers.push(server);
    const result = await client(url).search({ index: 'v' });
    expect(result.hits.hits[0]._id).toBe('é'.repeat(30_000));
  });

  it('sends a request again on a new connection when the node closed the kept one without answering', async () => {
    const { url, server, connections } = await tcpServe((n) => (n === 1 ? countAnswer(n) : undefined));
    servers.push(server);
    const es = client(url);
    expect((await es.count({ index: 'v' })).count).toBe(1);
    expect((await es.count({ index: 'v' })).count).toBe(1);
    expect(connections()).toBe(2);
  });

  it('does not send a request again when a new connection closes without an answer', async () => {
    const { url, server, connections } = await tcpServe(() => undefined);
    servers.push(server);
    const error = await client(url).count({ index: 'v' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.ConnectionError);
    expect((error as Error).message).toMatch(/closed/);
    expect(connections()).toBe(1);
  });

  it('reports a garbled answer as a ConnectionError and drops that connection', async () => {
    const { url, server, connections } = await tcpServe((_n, overall) => (overall === 1 ? 'SSH-2.0-OpenSSH_9.2\r\n\r\n' : countAnswer(5)));
    servers.push(server);
    const es = client(url);
    const error = await es.count({ index: 'v' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.ConnectionError);
    expect((error as Error).message).toMatch(/not an HTTP\/1.x status line/);
    expect((await es.count({ index: 'v' })).count).toBe(5);
    expect(connections()).toBe(2);
  });

  it('refuses a header value that would split the request', async () => {
    const { url, server, seen } = await serve((_req, res) => json(res, { count: 1 }));
    servers.push(server);
    const error = await client(url)
      .count({ index: 'v' }, { headers: { 'x-opaque-id': 'a\r\nx-injected: 1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.ConnectionError);
    expect(seen).toHaveLength(0);
  });

  it('answers the requests in flight before it closes', async () => {
    const { url, server } = await serve((_req, res) => setTimeout(() => json(res, { count: 9 }), 100));
    servers.push(server);
    const es = new Client({ node: url, Connection: LeanConnection, maxRetries: 0 });
    const pending = es.count({ index: 'v' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const closing = es.close();
    expect((await pending).count).toBe(9);
    await closing;
  });
  it('writes a Latin-1 header value as Latin-1 beside a UTF-8 body, as undici does', async () => {
    const { url, server, seen } = await serve((_req, res) => json(res, { hits: { hits: [] } }));
    servers.push(server);
    await client(url).search({ index: 'v', query: { match: { title: 'López' } } }, { headers: { 'x-opaque-id': 'café' } });
    expect(seen[0].headers['x-opaque-id']).toBe('café');
    expect(JSON.parse(seen[0].body)).toEqual({ query: { match: { title: 'López' } } });
  });
  it('sends a frozen set of request headers, kept after the first request, with each body’s own length', async () => {
    const { url, server, seen } = await serve((_req, res) => json(res, { hits: { hits: [] } }));
    servers.push(server);
    const es = client(url);
    const connection = es.connectionPool.connections[0];
    const headers = Object.freeze({ 'content-type': 'application/json', 'x-opaque-id': 'search' });
    for (const body of ['{"size":1}', '{"query":{"match":{"title":"López Obrador"}}}']) {
      await connection.request({ method: 'POST', path: '/v/_search', headers, body }, { requestId: 1, name: 't', context: null });
    }
    expect(seen.map((s) => s.body)).toEqual(['{"size":1}', '{"query":{"match":{"title":"López Obrador"}}}']);
    expect(seen.map((s) => s.headers['x-opaque-id'])).toEqual(['search', 'search']);
    const bad = Object.freeze({ 'x-opaque-id': 'a\r\nb' });
    for (let i = 0; i < 2; i += 1) {
      await expect(connection.request({ method: 'GET', path: '/', headers: bad }, { requestId: 1, name: 't', context: null })).rejects.toBeInstanceOf(errors.ConnectionError);
    }
    expect(seen).toHaveLength(2);
  });
});
