import { StreamableFile } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Response } from 'express';

/**
 * Express answers JSON by first copying the whole text into a new Buffer, to count its bytes for
 * Content-Length (and for an ETag, which the gateway does not send). Node counts and encodes a
 * string itself when it writes it, for less: about 30 µs less per 30 KB search answer here, a
 * few per cent of what the gateway spends on a search. Anything that is not a plain JSON value
 * (files, streams, empty bodies) is replied the usual way.
 */
export class JsonReplyAdapter extends ExpressAdapter {
  override reply(response: Response, body: unknown, statusCode?: number): unknown {
    if (body === null || typeof body !== 'object' || body instanceof StreamableFile || body instanceof Error || ArrayBuffer.isView(body)) {
      return super.reply(response, body, statusCode);
    }
    if (statusCode) response.status(statusCode);
    if (!response.getHeader('content-type')) response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(JSON.stringify(body));
    return response;
  }
}
