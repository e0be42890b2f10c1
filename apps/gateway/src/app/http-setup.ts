import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { httpRequestMetrics, type ServiceContext } from '@vidx/service';
import { ApiKeys, presentedKey } from './api-keys';
import { API_KEYS } from './gateway.constants';
import { HttpErrorFilter } from './http-error.filter';
import { RateLimiter } from './rate-limiter';

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

function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('content-security-policy', API_PATH.test(req.path) ? API_CSP : PAGE_CSP);
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
function rateLimit(limiter: RateLimiter, keys: ApiKeys, perMinute: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/v1/')) return next();
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
    res.status(429).json({
      error: {
        code: 'RATE_LIMITED',
        message: `more than ${perMinute} requests a minute from this ${digest ? 'API key' : 'address'}: retry after ${decision.retryAfterSeconds} s`,
      },
    });
  };
}

/** Request metrics, security headers, CORS, rate limits, body parsing, JSON errors and the OpenAPI page at /docs. */
export function configureHttp(app: INestApplication, { config, logger, registry }: ServiceContext): void {
  const limit = config.gateway.maxBodyBytes;
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.disable('x-powered-by');
  // No ETag on API answers: they are rarely requested twice, and hashing each (tens of KB of JSON)
  // cost more than a conditional GET would save. The page's static files keep theirs.
  http.set('etag', false);
  // First, so that every answer is counted, also those refused before routing (413, 429).
  app.use(httpRequestMetrics(registry));
  app.use(securityHeaders);
  if (config.gateway.corsOrigins.length > 0) {
    const any = config.gateway.corsOrigins.includes('*');
    app.enableCors({
      origin: any ? '*' : config.gateway.corsOrigins,
      methods: ['GET', 'POST', 'DELETE'],
      allowedHeaders: ['content-type', 'x-api-key', 'authorization', 'x-trace-id'],
      exposedHeaders: ['retry-after', 'ratelimit-limit', 'ratelimit-remaining'],
      maxAge: 600,
    });
  }
  if (config.gateway.rateLimitPerMinute > 0) {
    app.use(rateLimit(new RateLimiter({ perMinute: config.gateway.rateLimitPerMinute }), app.get<ApiKeys>(API_KEYS), config.gateway.rateLimitPerMinute));
  }
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
}
