import type { IncomingMessage, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cors from 'cors';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { httpRequestMetrics, sendJson, type ServiceContext } from '@vidx/service';
import { requireReadKey } from './api-key.guard';
import { ApiKeys, presentedKey } from './api-keys';
import { API_KEYS, VIDEO_SEARCH } from './gateway.constants';
import { HttpErrorFilter, sendError } from './http-error.filter';
import { RateLimiter } from './rate-limiter';
import { pathOf, runMiddlewares, SEARCH_ROUTE, searchQuery, serveFirst, takesSearch, type Middleware } from './search-fast-path';
import type { VideoSearch } from './video-search';

const TEXT_TYPES = ['text/*', 'application/xml', 'application/atom+xml', 'application/rss+xml'];

/** Runs a body parser and turns its failures into our JSON errors (400 bad JSON, 413 too large). */
function guarded(parser: RequestHandler, limitBytes: number): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    parser(req, res, (error?: unknown) => {
      if (!error) return next();
      const type = (error as { type?: string }).type;
      if (type === 'entity.too.large') {
        return res.status(413).json({ error: { code: 'PAYLOAD_TOO_LARGE', message: `the request body is larger than ${limitBytes} bytes (GATEWAY_MAX_BODY_BYTES): split it into smaller batches` } });
      }
      if (type === 'entity.parse.failed') {
        return res.status(400).json({ error: { code: 'INVALID_JSON', message: `the request body is not valid JSON: ${(error as Error).message}` } });
      }
      return res.status(400).json({ error: { code: 'BAD_BODY', message: (error as Error).message } });
    });
  };
}

/** JSON answers need nothing from a browser: no scripts, no styles, no framing. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/**
 * Pages (the OpenAPI UI at /docs, the search page) load their own scripts, styles and images only;
 * Swagger UI sets a few inline styles, hence 'unsafe-inline' for styles alone (never scripts).
 */
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
const API_PATH = /^\/(v1|health|metrics)(\/|$)/;

function securityHeaders(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  res.setHeader('content-security-policy', API_PATH.test(pathOf(req)) ? API_CSP : PAGE_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  next();
}

/**
 * One token bucket per API key (by digest, and only for a valid key: random keys must not buy
 * fresh buckets) or else per client address. The socket address is used, not X-Forwarded-For,
 * which any client can set; behind a proxy, the proxy should limit.
 */
function rateLimit(limiter: RateLimiter, keys: ApiKeys, perMinute: number): Middleware {
  return (req, res, next) => {
    if (!pathOf(req).startsWith('/v1/')) return next();
    const digest = keys.match(presentedKey(req));
    const client = digest ? `key:${digest}` : `ip:${req.socket.remoteAddress ?? 'unknown'}`;
    const decision = limiter.take(client);
    res.setHeader('ratelimit-limit', String(perMinute));
    if (decision.allowed) {
      res.setHeader('ratelimit-remaining', String(decision.remaining));
      return next();
    }
    res.setHeader('retry-after', String(decision.retryAfterSeconds));
    res.setHeader('ratelimit-remaining', '0');
    sendJson(res, 429, {
      error: {
        code: 'RATE_LIMITED',
        message: `more than ${perMinute} requests a minute from this ${digest ? 'API key' : 'address'}: retry after ${decision.retryAfterSeconds} s`,
      },
    });
  };
}

/**
 * What every request passes first, in this order: metrics (so that every answer is counted, also
 * those refused here), security headers, CORS when configured, rate limits.
 */
function frontMiddlewares(app: INestApplication, { config, registry }: ServiceContext): Middleware[] {
  const front: Middleware[] = [httpRequestMetrics(registry), securityHeaders];
  if (config.gateway.corsOrigins.length > 0) {
    const any = config.gateway.corsOrigins.includes('*');
    front.push(
      cors({
        origin: any ? '*' : config.gateway.corsOrigins,
        methods: ['GET', 'POST', 'DELETE'],
        allowedHeaders: ['content-type', 'x-api-key', 'authorization', 'x-trace-id'],
        exposedHeaders: ['retry-after', 'ratelimit-limit', 'ratelimit-remaining'],
        maxAge: 600,
      }),
    );
  }
  if (config.gateway.rateLimitPerMinute > 0) {
    front.push(rateLimit(new RateLimiter({ perMinute: config.gateway.rateLimitPerMinute }), app.get<ApiKeys>(API_KEYS), config.gateway.rateLimitPerMinute));
  }
  return front;
}

/**
 * GET /v1/search, the gateway's busiest request, answered from Node's HTTP server before Express
 * and Nest see it: the same middlewares in the same order, the read-key rule of ReadKeyGuard, the
 * same VideoSearch, JSON answer and error answers as the Nest route (which still serves HEAD, a
 * GET with a body and the OpenAPI description). Express's and Nest's work per request (routing,
 * their request and response objects, guards, parameter decorators) cost a quarter of the
 * gateway's CPU per search under load (tools/bench-search/README.md).
 */
function serveSearchFirst(app: INestApplication, front: readonly Middleware[], { config, logger }: ServiceContext): void {
  const searches = app.get<VideoSearch>(VIDEO_SEARCH);
  const keys = app.get<ApiKeys>(API_KEYS);
  serveFirst(app, takesSearch, async (req, res) => {
    try {
      await runMiddlewares(front, req, res);
      // Routed now, as Express's router would set it: the request metrics' route label (a 429
      // from the middlewares above stays `unmatched`, as it does there).
      (req as IncomingMessage & { route?: { path: string } }).route = { path: SEARCH_ROUTE };
      requireReadKey(keys, config, req);
      sendJson(res, 200, await searches.run(searchQuery(req)));
    } catch (error) {
      sendError(res, error, logger);
    }
  });
}

/** Request metrics, security headers, CORS, rate limits, body parsing, JSON errors, the OpenAPI page at /docs, the search fast path. */
export function configureHttp(app: INestApplication, context: ServiceContext): void {
  const { config, logger } = context;
  const limit = config.gateway.maxBodyBytes;
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.disable('x-powered-by');
  // No ETag on API answers: they are rarely requested twice, and hashing each (tens of KB of JSON)
  // cost more than a conditional GET would save. The page's static files keep theirs.
  http.set('etag', false);
  const front = frontMiddlewares(app, context);
  for (const middleware of front) app.use(middleware);
  app.use(guarded(express.json({ limit, type: ['application/json', 'application/*+json'] }), limit));
  app.use(guarded(express.text({ limit, type: TEXT_TYPES }), limit));
  app.useGlobalFilters(new HttpErrorFilter(logger));
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('vidx gateway')
      .setDescription('Search news video descriptions with boilerplate removed and entities extracted; ingest new ones.')
      .setVersion('1')
      .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key' }, 'api-key')
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
  serveSearchFirst(app, front, context);
}
