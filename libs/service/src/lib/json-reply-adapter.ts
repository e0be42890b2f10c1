import { transcode } from 'node:buffer';
import type { ServerResponse } from 'node:http';
import { StreamableFile } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Response } from 'express';

const ABOVE_LATIN1 = /[\u0100-\uffff]/;

/**
 * A text to write as UTF-8: the string itself, or its UTF-8 bytes when it holds a character above
 * U+00FF. V8 stores a string with one byte per character while every character fits in one, and
 * with two otherwise; JSON.stringify's answer is two-byte as soon as one value holds a "…", "’" or
 * "—", which is most answers with text in them. Node writes such a string as UTF-8 at about 2 µs
 * per KB here (60 µs for a 30 KB search answer, as much as JSON.stringify itself); copying it out
 * as UTF-16 and transcoding that takes a third of it (bench:search: the gateway's CPU per search
 * fell by a tenth). The test is free on a one-byte string: the pattern cannot match one.
 */
export function utf8Body(text: string): Buffer | string {
  return ABOVE_LATIN1.test(text) ? transcode(Buffer.from(text, 'utf16le'), 'utf16le', 'utf8') : text;
}

/** Answers `body` as JSON with `status` (Node's own response: no framework needed). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  if (!res.getHeader('content-type')) res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(utf8Body(JSON.stringify(body)));
}

/**
 * Express answers JSON by first copying the whole text into a new Buffer, to count its bytes for
 * Content-Length (and for an ETag, which the gateway does not send). Node counts and encodes a
 * string itself when it writes it, for less: about 30 µs less per 30 KB search answer here, a
 * few per cent of what the gateway spends on a search; utf8Body makes that write cheaper still.
 * Anything that is not a plain JSON value (files, streams, empty bodies) is replied the usual way.
 */
export class JsonReplyAdapter extends ExpressAdapter {
  override reply(response: Response, body: unknown, statusCode?: number): unknown {
    if (body === null || typeof body !== 'object' || body instanceof StreamableFile || body instanceof Error || ArrayBuffer.isView(body)) {
      return super.reply(response, body, statusCode);
    }
    sendJson(response, statusCode ?? response.statusCode, body);
    return response;
  }
}
