import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { InvalidInputError, VidxError } from '@vidx/contracts';
import type { Logger } from '@vidx/observability';
import { SearchOverloadedError } from '@vidx/search';

/** Every error leaves the gateway as `{ error: { code, message, details? } }` with a fitting status. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.describe(exception);
    if (exception instanceof SearchOverloadedError) {
      // Too many searches waiting: not a failure of the gateway; the client should come back shortly.
      res.setHeader('retry-after', '1');
    } else if (status >= 500) {
      this.logger.error('request failed', { error: exception });
    }
    res.status(status).json({ error: body });
  }

  private describe(exception: unknown): { status: number; body: { code: string; message: string; details?: unknown } } {
    if (exception instanceof InvalidInputError) {
      const details = (exception as InvalidInputError & { details?: unknown }).details;
      return { status: 400, body: { code: exception.code, message: exception.message, ...(details ? { details } : {}) } };
    }
    if (exception instanceof VidxError) {
      return { status: exception.retriable ? 503 : 500, body: { code: exception.code, message: exception.message } };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : ((response as { message?: string }).message ?? exception.message);
      const code = HttpStatus[status] ?? 'HTTP_ERROR';
      return { status, body: { code, message: Array.isArray(message) ? message.join('; ') : String(message) } };
    }
    return { status: 500, body: { code: 'INTERNAL', message: 'internal error; see the gateway log' } };
  }
}
