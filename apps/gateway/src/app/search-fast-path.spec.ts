import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'node:querystring';
import type { INestApplication } from '@nestjs/common';
import { pathOf, runMiddlewares, searchQuery, serveFirst, takesSearch, type Middleware } from './search-fast-path';

const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers }) as unknown as IncomingMessage;
const res = {} as ServerResponse;

describe('takesSearch', () => {
  it('takes GET /v1/search with or without a query string', () => {
    expect(takesSearch(req('GET', '/v1/search'))).toBe(true);
    expect(takesSearch(req('GET', '/v1/search?q=a&size=5'))).toBe(true);
    expect(takesSearch(req('GET', '/v1/search?q=a', { 'content-length': '0' }))).toBe(true);
  });

  it('leaves everything else to Express and Nest', () => {
    expect(takesSearch(req('HEAD', '/v1/search?q=a'))).toBe(false);
    expect(takesSearch(req('POST', '/v1/search'))).toBe(false);
    expect(takesSearch(req('GET', '/v1/search/'))).toBe(false);
    expect(takesSearch(req('GET', '/v1/searches'))).toBe(false);
    expect(takesSearch(req('GET', '/v1/%73earch'))).toBe(false);
    expect(takesSearch(req('GET', '/v1/suggest?q=a'))).toBe(false);
    expect(takesSearch(req('GET', 'http://host/v1/search?q=a'))).toBe(false);
    // A body is for the body parsers to judge.
    expect(takesSearch(req('GET', '/v1/search?q=a', { 'content-length': '2' }))).toBe(false);
    expect(takesSearch(req('GET', '/v1/search?q=a', { 'transfer-encoding': 'chunked' }))).toBe(false);
  });
});

describe('searchQuery and pathOf', () => {
  it('parses parameters as Express 5 does by default (node:querystring): repeats as lists, + as space, bad escapes kept', () => {
    for (const qs of ['q=a+b&person=A&person=B', 'q=%E2%80%9Cx%E2%80%9D&size=10', 'q=%ZZ&q', '', 'q=a&&b=']) {
      expect(searchQuery(req('GET', `/v1/search?${qs}`))).toEqual(parse(qs));
    }
    expect(searchQuery(req('GET', '/v1/search'))).toEqual({});
    expect(searchQuery(req('GET', '/v1/search?q=a+b&person=A&person=B'))).toEqual({ q: 'a b', person: ['A', 'B'] });
  });

  it('gives the path without the query, also of an absolute-form target', () => {
    expect(pathOf(req('GET', '/v1/search?q=a'))).toBe('/v1/search');
    expect(pathOf(req('GET', '/docs'))).toBe('/docs');
    expect(pathOf(req('GET', 'http://host:3000/v1/stats?x=1'))).toBe('/v1/stats');
  });
});

describe('runMiddlewares', () => {
  const step =
    (name: string, seen: string[]): Middleware =>
    (_req, _res, next) => {
      seen.push(name);
      next();
    };

  it('runs them in order and resolves after the last', async () => {
    const seen: string[] = [];
    await runMiddlewares([step('a', seen), step('b', seen), step('c', seen)], req('GET', '/'), res);
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('rejects with what a middleware passes to next or throws, and runs none after it', async () => {
    const seen: string[] = [];
    const failing: Middleware = (_req, _res, next) => next(new Error('refused'));
    await expect(runMiddlewares([step('a', seen), failing, step('c', seen)], req('GET', '/'), res)).rejects.toThrow('refused');
    const throwing: Middleware = () => {
      throw new Error('thrown');
    };
    await expect(runMiddlewares([throwing, step('d', seen)], req('GET', '/'), res)).rejects.toThrow('thrown');
    expect(seen).toEqual(['a']);
  });

  it('stops at a middleware that answers the request itself (does not call next)', async () => {
    const seen: string[] = [];
    const answering: Middleware = () => undefined;
    const outcome = await Promise.race([runMiddlewares([answering, step('b', seen)], req('GET', '/'), res).then(() => 'passed'), new Promise((r) => setTimeout(() => r('stopped'), 20))]);
    expect(outcome).toBe('stopped');
    expect(seen).toEqual([]);
  });
});

describe('serveFirst', () => {
  let server: Server;
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string) =>
    new Promise<string>((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      request({ host: '127.0.0.1', port, path }, (answer) => {
        let body = '';
        answer.on('data', (chunk: Buffer) => (body += chunk.toString()));
        answer.on('end', () => resolve(body));
      })
        .on('error', reject)
        .end();
    });

  it('answers the requests it takes itself and hands every other one to the server’s own handler', async () => {
    server = createServer((_req, answer) => answer.end('app'));
    const app = { getHttpServer: () => server } as unknown as INestApplication;
    serveFirst(app, (r) => r.url === '/fast', async (_req, answer) => {
      answer.end('fast');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    expect(await get('/fast')).toBe('fast');
    expect(await get('/other')).toBe('app');
    expect(server.listeners('request')).toHaveLength(1);
  });
});
