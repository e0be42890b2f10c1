/**
 * An HTTP/1.1 answer read from the bytes of a connection as they arrive: status line and headers,
 * then a body framed by Content-Length, by chunked transfer coding, or by the end of the connection.
 * No sockets here: LeanConnection feeds it what its socket reads.
 */

export interface Http1Response {
  statusCode: number;
  /** Lower-case names; a header sent more than once has its values joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
  /** Whether the connection may carry the next request. */
  keepAlive: boolean;
}

/** The bytes are not an HTTP/1.x answer (or not one this reader takes). */
export class Http1ParseError extends Error {
  override name = 'Http1ParseError';
}

/** The body is longer than the limit for its kind of answer. */
export class Http1TooLargeError extends Error {
  override name = 'Http1TooLargeError';
  constructor(
    readonly length: number,
    readonly limit: number,
    readonly binary: boolean,
  ) {
    super(`The content length (${length}) is bigger than the maximum allowed ${binary ? 'buffer' : 'string'} (${limit})`);
  }
}

export interface ReaderOptions {
  /** The request was HEAD: the answer has headers only, whatever its Content-Length says. */
  head: boolean;
  /** Longest status line and headers taken. */
  maxHeaderSize: number;
  /** The longest body taken, given the answer's headers, and whether it is read as bytes (for the error's wording). */
  limit(headers: Record<string, string>): { limit: number; binary: boolean };
}

const CRLF = 0x0a0d; // "\r\n" read little-endian
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: |$)/;
/** A header's name: an HTTP token (RFC 9110), in answers read and in requests written alike. */
export const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

type State = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailer' | 'close' | 'done';

export class ResponseReader {
  private state: State = 'head';
  /** Bytes read but not yet consumed (only ever a part of one element: the head, a chunk-size line). */
  private pending: Buffer | undefined;
  private statusCode = 0;
  private headers: Record<string, string> = {};
  private keepAlive = true;
  private remaining = 0;
  private readonly parts: Buffer[] = [];
  private size = 0;
  private max = { limit: Number.MAX_SAFE_INTEGER, binary: false };
  /** Whether any byte has arrived (an idle connection closed before the answer began was stale). */
  started = false;

  constructor(private readonly options: ReaderOptions) {}

  /** Takes the next bytes; returns the answer once it is complete. Throws Http1ParseError or Http1TooLargeError. */
  push(data: Buffer): Http1Response | undefined {
    if (data.length > 0) this.started = true;
    const buf = this.pending === undefined ? data : Buffer.concat([this.pending, data]);
    this.pending = undefined;
    let at = 0;
    while (at < buf.length || this.state === 'done') {
      switch (this.state) {
        case 'head': {
          const end = buf.indexOf('\r\n\r\n', at, 'latin1');
          if (end === -1) {
            if (buf.length - at > this.options.maxHeaderSize) throw new Http1ParseError(`the answer's headers are longer than ${this.options.maxHeaderSize} bytes`);
            this.pending = buf.subarray(at);
            return undefined;
          }
          if (end - at > this.options.maxHeaderSize) throw new Http1ParseError(`the answer's headers are longer than ${this.options.maxHeaderSize} bytes`);
          const informational = this.readHead(buf.toString('latin1', at, end));
          at = end + 4;
          if (!informational) this.beginBody();
          break;
        }
        case 'length':
          at = this.takeBody(buf, at, 'done');
          break;
        case 'chunk-size': {
          const end = buf.indexOf('\r\n', at, 'latin1');
          if (end === -1) {
            if (buf.length - at > 1024) throw new Http1ParseError('a chunk-size line is longer than 1024 bytes');
            this.pending = buf.subarray(at);
            return undefined;
          }
          const line = buf.toString('latin1', at, end);
          const hex = line.split(';', 1)[0].trim();
          if (!/^[0-9a-fA-F]{1,12}$/.test(hex)) throw new Http1ParseError(`bad chunk size "${line.slice(0, 40)}"`);
          this.remaining = parseInt(hex, 16);
          at = end + 2;
          this.state = this.remaining === 0 ? 'trailer' : 'chunk-data';
          if (this.remaining > 0) this.checkLimit(this.size + this.remaining);
          break;
        }
        case 'chunk-data':
          at = this.takeBody(buf, at, 'chunk-end');
          break;
        case 'chunk-end': {
          if (buf.length - at < 2) {
            this.pending = buf.subarray(at);
            return undefined;
          }
          if (buf.readUInt16LE(at) !== CRLF) throw new Http1ParseError('a chunk does not end with CRLF');
          at += 2;
          this.state = 'chunk-size';
          break;
        }
        case 'trailer': {
          // Trailer fields (rare) until an empty line; none are kept.
          const end = buf.indexOf('\r\n', at, 'latin1');
          if (end === -1) {
            if (buf.length - at > this.options.maxHeaderSize) throw new Http1ParseError('the trailer is too long');
            this.pending = buf.subarray(at);
            return undefined;
          }
          if (end === at) this.state = 'done';
          at = end + 2;
          break;
        }
        case 'close':
          this.append(buf.subarray(at));
          at = buf.length;
          break;
        case 'done': {
          // Nothing may follow an answer to a request sent alone on the connection.
          if (at < buf.length) throw new Http1ParseError(`${buf.length - at} bytes follow the answer`);
          return this.response();
        }
      }
    }
    return undefined;
  }

  /** The connection ended: the answer if it was framed by the end, else Http1ParseError. */
  end(): Http1Response {
    if (this.state === 'close') return this.response();
    if (this.state === 'done') return this.response();
    throw new Http1ParseError(this.started ? 'the connection closed in the middle of the answer' : 'the connection closed before the answer');
  }

  /** Reads the status line and headers; true for an informational (1xx) answer, whose real answer follows. */
  private readHead(head: string): boolean {
    const lines = head.split('\r\n');
    const status = STATUS_LINE.exec(lines[0]);
    if (!status) throw new Http1ParseError(`not an HTTP/1.x status line: "${lines[0].slice(0, 60)}"`);
    const statusCode = Number(status[2]);
    if (statusCode >= 100 && statusCode < 200) return true;
    const headers: Record<string, string> = {};
    for (let i = 1; i < lines.length; i += 1) {
      const line = lines[i];
      const colon = line.indexOf(':');
      const name = colon > 0 ? line.slice(0, colon).toLowerCase() : '';
      if (!HEADER_NAME.test(name)) throw new Http1ParseError(`bad header line "${line.slice(0, 60)}"`);
      const value = line.slice(colon + 1).trim();
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
    const connection = (headers['connection'] ?? '').toLowerCase();
    this.statusCode = statusCode;
    this.headers = headers;
    this.keepAlive = status[1] === '1' ? !/\bclose\b/.test(connection) : /\bkeep-alive\b/.test(connection);
    return false;
  }

  private beginBody(): void {
    const headers = this.headers;
    this.max = this.options.limit(headers);
    const noBody = this.options.head || this.statusCode === 204 || this.statusCode === 304;
    const coding = headers['transfer-encoding'];
    if (noBody) {
      this.state = 'done';
    } else if (coding !== undefined) {
      if (!/(^|,)\s*chunked\s*$/i.test(coding)) throw new Http1ParseError(`transfer coding "${coding}" is not read here`);
      this.state = 'chunk-size';
    } else if (headers['content-length'] !== undefined) {
      const length = headers['content-length'];
      if (!/^\d{1,15}$/.test(length)) throw new Http1ParseError(`bad content-length "${length}"`);
      this.remaining = Number(length);
      this.checkLimit(this.remaining);
      this.state = this.remaining === 0 ? 'done' : 'length';
    } else {
      this.keepAlive = false;
      this.state = 'close';
    }
  }

  /** Takes up to `remaining` body bytes from `at` on; moves to `next` once all are read. Returns where it stopped. */
  private takeBody(buf: Buffer, at: number, next: State): number {
    const take = Math.min(this.remaining, buf.length - at);
    this.append(buf.subarray(at, at + take));
    this.remaining -= take;
    if (this.remaining === 0) this.state = next;
    return at + take;
  }

  private checkLimit(length: number): void {
    if (length > this.max.limit) throw new Http1TooLargeError(length, this.max.limit, this.max.binary);
  }

  private append(part: Buffer): void {
    if (part.length === 0) return;
    this.size += part.length;
    if (this.state === 'close') this.checkLimit(this.size);
    this.parts.push(part);
  }

  private response(): Http1Response {
    const body = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.size);
    return { statusCode: this.statusCode, headers: this.headers, body, keepAlive: this.keepAlive };
  }
}
