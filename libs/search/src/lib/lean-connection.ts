import { connect, type Socket } from 'node:net';
import {
  errors,
  UndiciConnection,
  type ConnectionRequestOptions,
  type ConnectionRequestOptionsAsStream,
  type ConnectionRequestParams,
  type ConnectionRequestResponse,
  type ConnectionRequestResponseAsStream,
} from '@elastic/elasticsearch';
import { HEADER_NAME, Http1ParseError, Http1TooLargeError, ResponseReader, type Http1Response } from './http1-response';

/** Answers the official connection reads as bytes (BaseConnection's isBinary). */
const BINARY_TYPES = [
  'application/vnd.mapbox-vector-tile',
  'application/vnd.apache.arrow.stream',
  'application/vnd.elasticsearch+arrow+stream',
  'application/smile',
  'application/vnd.elasticsearch+smile',
  'application/cbor',
  'application/vnd.elasticsearch+cbor',
];

/** What Node's HTTP client accepts in a path: the official connection refuses the rest the same way. */
const INVALID_PATH = /[^\u0021-\u00ff]/;
const INVALID_HEADER_VALUE = /[^\t\u0020-\u007e\u0080-\u00ff]/;
/** Beyond ASCII: a head with such a character is written as Latin-1 (as undici does), apart from a string body. */
const NON_ASCII = /[^\t\r\n\u0020-\u007e]/;
/** The official connection's (undici's) limit on an answer's status line and headers. */
const MAX_HEADER_SIZE = 16_384;
/** Connections kept open to the node at most; a request beyond them goes through the official connection's pool. */
const MAX_SOCKETS = 256;
/** How long a kept connection may stay unused before it is closed (undici's keep-alive timeout is 600 s). */
const IDLE_MS = 300_000;

/** A connection that failed before any byte of its answer arrived, after carrying earlier requests: the node had closed it meanwhile. */
class StaleSocketError extends Error {}

/**
 * One keep-alive connection to the node carrying one request at a time: the request written in one
 * piece, the answer read by ResponseReader as its bytes arrive.
 */
class Channel {
  readonly socket: Socket;
  /** Requests this connection has carried. */
  used = 0;
  private current: { reader: ResponseReader; resolve: (r: Http1Response) => void; reject: (e: Error) => void } | undefined;

  constructor(
    host: string,
    port: number,
    private readonly timeout: number,
    private readonly done: (channel: Channel, reusable: boolean) => void,
  ) {
    this.socket = connect({ host, port, noDelay: true, keepAlive: true, keepAliveInitialDelay: 60_000 });
    this.socket.on('data', (data: Buffer) => this.onData(data));
    this.socket.on('end', () => this.onEnd());
    // While a request waits, the client's request timeout; while idle, IDLE_MS (then the connection is closed).
    this.socket.on('timeout', () => this.fail(new errors.TimeoutError('Request timed out')));
    this.socket.on('error', (error: Error) => this.fail(new errors.ConnectionError(error.message)));
    this.socket.on('close', () => this.fail(new errors.ConnectionError('the connection to Elasticsearch closed')));
  }

  send(head: string, body: string | Buffer | undefined, reader: ResponseReader): Promise<Http1Response> {
    return new Promise((resolve, reject) => {
      this.current = { reader, resolve, reject };
      this.used += 1;
      this.socket.setTimeout(this.timeout);
      if (body === undefined) {
        this.socket.write(head, 'latin1');
      } else if (typeof body === 'string' && !NON_ASCII.test(head)) {
        // One write, one segment: Elasticsearch reads the request in one go.
        this.socket.write(head + body);
      } else {
        this.socket.cork();
        this.socket.write(head, 'latin1');
        this.socket.write(body);
        this.socket.uncork();
      }
    });
  }

  private onData(data: Buffer): void {
    const current = this.current;
    if (!current) {
      // Bytes nobody asked for: this connection cannot be trusted with another request.
      this.socket.destroy();
      return;
    }
    let response: Http1Response | undefined;
    try {
      response = current.reader.push(data);
    } catch (error) {
      this.fail(error as Error);
      return;
    }
    if (response) this.finish(response);
  }

  private onEnd(): void {
    const current = this.current;
    if (!current) return;
    let response: Http1Response;
    try {
      response = current.reader.end();
    } catch (error) {
      this.fail(error as Error);
      return;
    }
    this.finish(response);
  }

  private finish(response: Http1Response): void {
    const current = this.current;
    if (!current) return;
    this.current = undefined;
    this.socket.setTimeout(IDLE_MS);
    this.done(this, response.keepAlive);
    current.resolve(response);
  }

  /** Ends the connection; a request on it fails with `error` (or as stale, if nothing came back on a reused connection). */
  fail(error: Error): void {
    const current = this.current;
    this.current = undefined;
    this.socket.destroy();
    this.done(this, false);
    if (!current) return;
    const stale = this.used > 1 && !current.reader.started && !(error instanceof errors.TimeoutError);
    current.reject(stale ? new StaleSocketError(error.message) : error);
  }
}

/**
 * The official client's undici connection with a shorter way through the common request: a
 * plain-HTTP request with a string or byte body and no per-request signal or timeout is written in
 * one piece on a keep-alive socket of this connection's own, and its answer read whole by
 * ResponseReader. undici parses every answer in its WebAssembly build of llhttp, copying the bytes
 * there and back: with `npm run bench:search:client` (the benchmark's search requests, 6 in
 * flight), client.search costs 0.29 ms of CPU per request through this connection against 0.42 ms
 * through the official one (tools/bench-search/README.md).
 *
 * Everything else goes the official way: HTTPS, a stream body or answer, a caller's abort signal, a
 * per-request timeout other than the client's, more than MAX_SOCKETS requests at once. Errors are
 * the client's own (ConnectionError, TimeoutError, RequestAbortedError), so its retries and
 * dead-node marking work as with its connection; a request that finds its kept connection closed
 * by the node before any answer is sent once more on a new one.
 */
export class LeanConnection extends UndiciConnection {
  private readonly idle: Channel[] = [];
  private busy = 0;
  private closed = false;
  private readonly settled: Array<() => void> = [];
  private readonly fieldsOf = new WeakMap<object, { text: string; length: boolean }>();

  override request(params: ConnectionRequestParams, options: ConnectionRequestOptions): Promise<ConnectionRequestResponse>;
  override request(params: ConnectionRequestParams, options: ConnectionRequestOptionsAsStream): Promise<ConnectionRequestResponseAsStream>;
  override async request(
    params: ConnectionRequestParams,
    options: ConnectionRequestOptions | ConnectionRequestOptionsAsStream,
  ): Promise<ConnectionRequestResponse | ConnectionRequestResponseAsStream> {
    const body = params.body ?? undefined;
    if (
      ('asStream' in options && options.asStream === true) ||
      options.signal != null ||
      (options.timeout != null && options.timeout !== this.timeout) ||
      this.url.protocol !== 'http:' ||
      (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)) ||
      this.closed ||
      this.busy >= MAX_SOCKETS
    ) {
      return super.request(params, options as ConnectionRequestOptionsAsStream);
    }
    const head = this.requestHead(params, body);
    // Whether the answer is bytes, judged once from its headers: for its size limit and for what is returned.
    let binary = false;
    const reader = () =>
      new ResponseReader({
        head: params.method === 'HEAD',
        maxHeaderSize: MAX_HEADER_SIZE,
        limit: (headers) => {
          binary = isBinary(headers);
          return { binary, limit: binary ? (options.maxCompressedResponseSize ?? Number.MAX_SAFE_INTEGER) : (options.maxResponseSize ?? Number.MAX_SAFE_INTEGER) };
        },
      });
    this.busy += 1;
    let response: Http1Response;
    try {
      try {
        response = await this.channel().send(head, body, reader());
      } catch (error) {
        if (!(error instanceof StaleSocketError)) throw error;
        response = await this.channel(true).send(head, body, reader());
      }
    } catch (error) {
      if (error instanceof Http1TooLargeError) throw new errors.RequestAbortedError(error.message);
      if (error instanceof Http1ParseError || error instanceof StaleSocketError) throw new errors.ConnectionError(error.message);
      throw error;
    } finally {
      this.busy -= 1;
      if (this.busy === 0) for (const resolve of this.settled.splice(0)) resolve();
    }
    this.diagnostic.emit('deserialization', null, options);
    return { statusCode: response.statusCode, headers: response.headers, body: binary ? response.body : response.body.toString('utf8') };
  }

  /** Closes the kept connections once the requests on them are answered, and the official pool. */
  override async close(): Promise<void> {
    this.closed = true;
    if (this.busy > 0) await new Promise<void>((resolve) => this.settled.push(resolve));
    for (const channel of this.idle.splice(0)) channel.socket.destroy();
    await super.close();
  }

  /** An idle kept connection (the most recently used), or a new one. */
  private channel(fresh = false): Channel {
    if (!fresh) {
      const kept = this.idle.pop();
      if (kept) return kept;
    }
    return new Channel(this.url.hostname, Number(this.url.port || 80), this.timeout, (channel, reusable) => {
      const at = this.idle.indexOf(channel);
      if (reusable && !this.closed) {
        if (at === -1) this.idle.push(channel);
      } else {
        if (at !== -1) this.idle.splice(at, 1);
        if (!channel.socket.destroyed) channel.socket.destroy();
      }
    });
  }

  /** The request line and headers, as undici would send them: the connection's headers, then the request's. */
  private requestHead(params: ConnectionRequestParams, body: string | Buffer | undefined): string {
    const prefix = this.url.pathname === '/' ? '' : this.url.pathname.replace(/\/$/, '');
    let path = prefix + params.path + (params.querystring == null || params.querystring === '' ? '' : `?${params.querystring}`);
    if (path[0] !== '/') path = `/${path}`;
    if (INVALID_PATH.test(path)) throw new TypeError(`ERR_UNESCAPED_CHARACTERS: ${path}`);
    const fields = this.headerFields(params.headers);
    const length = fields.length || body === undefined ? '' : `content-length: ${typeof body === 'string' ? Buffer.byteLength(body) : body.length}\r\n`;
    return `${params.method} ${path} HTTP/1.1\r\n${fields.text}${length}\r\n`;
  }

  /**
   * The header lines of a request, checked: the Host, then the connection's headers and the
   * request's. Kept for a frozen set of request headers (leanSearch's), the same for every search.
   */
  private headerFields(own: ConnectionRequestParams['headers']): { text: string; length: boolean } {
    const frozen = own !== undefined && Object.isFrozen(own);
    const kept = frozen ? this.fieldsOf.get(own) : undefined;
    if (kept) return kept;
    const headers: Record<string, string | string[] | undefined> = { ...this.headers, ...own };
    let text = `host: ${this.url.host}\r\n`;
    let length = false;
    for (const name in headers) {
      const value = headers[name];
      if (value === undefined) continue;
      const lower = name.toLowerCase();
      if (lower === 'host' || lower === 'connection' || lower === 'transfer-encoding') continue;
      if (!HEADER_NAME.test(name)) throw new errors.ConnectionError(`invalid header name "${name}"`);
      for (const v of Array.isArray(value) ? value : [value]) {
        const line = String(v);
        if (INVALID_HEADER_VALUE.test(line)) throw new errors.ConnectionError(`invalid value of header "${name}"`);
        text += `${name}: ${line}\r\n`;
      }
      if (lower === 'content-length') length = true;
    }
    const fields = { text, length };
    if (frozen) this.fieldsOf.set(own, fields);
    return fields;
  }
}

function isBinary(headers: Record<string, string>): boolean {
  const encoding = (headers['content-encoding'] ?? '').toLowerCase();
  const type = headers['content-type'] ?? '';
  return encoding.includes('gzip') || encoding.includes('deflate') || BINARY_TYPES.some((t) => type.includes(t));
}
