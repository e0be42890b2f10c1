import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import type { INestApplication } from '@nestjs/common';

/** Node-level middleware, the kind Express runs (and the fast path, below). */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export const SEARCH_ROUTE = '/v1/search';

/** A request's path (no query), also for an absolute-form target ("GET http://host/v1/search"). */
export function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  if (!url.startsWith('/')) {
    try {
      return new URL(url).pathname;
    } catch {
      return url;
    }
  }
  const end = url.indexOf('?');
  return end === -1 ? url : url.slice(0, end);
}

/**
 * Whether the fast path answers a request: GET /v1/search exactly, without a body. Everything else
 * (HEAD, a trailing slash, an encoded path, a GET with a body for the body parsers to judge) goes
 * to Express and Nest, which answer it as they always did.
 */
export function takesSearch(req: IncomingMessage): boolean {
  if (req.method !== 'GET' || req.headers['transfer-encoding'] !== undefined) return false;
  const length = req.headers['content-length'];
  if (length !== undefined && length !== '0') return false;
  const url = req.url ?? '';
  const end = url.indexOf('?');
  return (end === -1 ? url : url.slice(0, end)) === SEARCH_ROUTE;
}

/** The query parameters as the Nest route receives them: Express 5's default ("simple") parser is node:querystring. */
export function searchQuery(req: IncomingMessage): Record<string, unknown> {
  const url = req.url ?? '';
  const start = url.indexOf('?');
  return parseQueryString(start === -1 ? '' : url.slice(start + 1));
}

/**
 * Runs middlewares in order as Express does: resolves once the last one calls next(), rejects with
 * an error passed to next(); stays pending when one answers the request itself (a 429), and is
 * then dropped with the request.
 */
export function runMiddlewares(middlewares: readonly Middleware[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    let index = 0;
    const next = (error?: unknown) => {
      if (error !== undefined) return reject(error);
      const middleware = middlewares[index++];
      if (!middleware) return resolve();
      try {
        middleware(req, res, next);
      } catch (thrown) {
        reject(thrown);
      }
    };
    next();
  });
}

/**
 * Puts `handle` in front of the app's own request handling (Express, then Nest) for the requests
 * `takes` accepts; the app's server answers every other request as before.
 */
export function serveFirst(app: INestApplication, takes: (req: IncomingMessage) => boolean, handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>): void {
  const server = app.getHttpServer() as Server;
  const others = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (takes(req)) {
      void handle(req, res);
      return;
    }
    for (const listener of others) listener(req, res);
  });
}
