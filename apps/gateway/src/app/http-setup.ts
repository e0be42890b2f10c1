import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { ServiceContext } from '@vidx/service';
import { HttpErrorFilter } from './http-error.filter';

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

/** Body parsing, security headers, JSON errors and the OpenAPI page at /docs. */
export function configureHttp(app: INestApplication, { config, logger }: ServiceContext): void {
  const limit = config.gateway.maxBodyBytes;
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });
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
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.get('/', (_req, res) => res.redirect('/docs'));
}
