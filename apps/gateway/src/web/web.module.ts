import { join } from 'node:path';
import { Controller, Get, Module, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';

/**
 * The search page: three hand-written static files beside this module (copied to dist/ by
 * tools/build.mjs). Only the names listed here are served, so the compiled module itself and
 * anything else in the folder stay private.
 */
const ASSETS: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

/**
 * Stricter than the gateway's policy for pages (which allows inline styles for Swagger UI): this
 * page has no inline script or style at all, so injected markup could not run even if it got in.
 */
export const WEB_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** no-cache: revalidated on every load, so a new deployment's page and script always go together. */
function send(res: Response, file: string, type: string): void {
  res.setHeader('content-security-policy', WEB_PAGE_CSP);
  res.setHeader('cache-control', 'no-cache');
  res.type(type).sendFile(join(__dirname, file));
}

@ApiExcludeController()
@Controller()
export class WebController {
  @Get()
  index(@Res() res: Response): void {
    send(res, 'index.html', 'text/html; charset=utf-8');
  }

  @Get('web/:file')
  asset(@Param('file') file: string, @Res() res: Response): void {
    const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!type) throw new NotFoundException(`no web asset "${file}"`);
    send(res, file, type);
  }
}

@Module({ controllers: [WebController] })
export class WebModule {}
