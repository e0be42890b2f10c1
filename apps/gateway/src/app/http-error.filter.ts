import type { ServerResponse } from 'node:http';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import { InvalidInputError, VidxError } from '@vidx/contracts';
import type { Logger } from '@vidx/observability';
import { SearchOverloadedError } from '@vidx/search';
import { sendJson } from '@vidx/service';

/** The status and `error` body an exception is answered with. */
function describeError(exception: unknown): { status: number; body: { code: string; message: string; details?: unknown } } {
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

/** Answers an exception as `{ error: { code, message, details? } }`; failures of the gateway itself (5xx) are logged. */
export function sendError(res: ServerResponse, exception: unknown, logger: Logger): void {
  const { status, body } = describeError(exception);
  if (exception instanceof SearchOverloadedError) {
    // Too many searches waiting: not a failure of the gateway; the client should come back shortly.
    res.setHeader('retry-after', '1');
  } else if (status >= 500) {
    logger.error('request failed', { error: exception });
  }
  sendJson(res, status, { error: body });
}

/** Every error leaves the gateway as `{ error: { code, message, details? } }` with a fitting status. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost) {
    sendError(host.switchToHttp().getResponse<ServerResponse>(), exception, this.logger);
  }
}
