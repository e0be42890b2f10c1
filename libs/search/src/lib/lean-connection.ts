import {
  errors,
  UndiciConnection,
  type ConnectionRequestOptions,
  type ConnectionRequestOptionsAsStream,
  type ConnectionRequestParams,
  type ConnectionRequestResponse,
  type ConnectionRequestResponseAsStream,
} from '@elastic/elasticsearch';
import type { Dispatcher } from 'undici';

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

/** Undici's failures as the client's own errors, so that its retries and dead-node marking work as with its connection. */
function connectionError(error: unknown): Error {
  const e = error as { code?: string; message?: string; name?: string };
  if (e.code === 'UND_ERR_HEADERS_TIMEOUT' || e.code === 'UND_ERR_BODY_TIMEOUT') return new errors.TimeoutError('Request timed out');
  if (e.code === 'UND_ERR_ABORTED' || e.name === 'AbortError') return new errors.RequestAbortedError('Request aborted');
  return new errors.ConnectionError(e.message ?? String(error));
}

/**
 * The official client's undici connection with a shorter way through the common request: no
 * AbortController and no timer per request (undici's own header and body timeouts are the
 * client's request timeout), and the answer read in one piece by undici instead of chunk by chunk
 * through a string decoder, measuring every chunk's UTF-8 length on the way. For a search answer of
 * 20–30 KB that is about a fifth of what the client costs the gateway per request (bench:search
 * README). Anything else (a stream answer, a caller's abort signal, a per-request timeout other
 * than the client's) goes the official way; pool, TLS, authentication headers and errors are the
 * official connection's.
 */
export class LeanUndiciConnection extends UndiciConnection {
  override request(params: ConnectionRequestParams, options: ConnectionRequestOptions): Promise<ConnectionRequestResponse>;
  override request(params: ConnectionRequestParams, options: ConnectionRequestOptionsAsStream): Promise<ConnectionRequestResponseAsStream>;
  override async request(
    params: ConnectionRequestParams,
    options: ConnectionRequestOptions | ConnectionRequestOptionsAsStream,
  ): Promise<ConnectionRequestResponse | ConnectionRequestResponseAsStream> {
    if (('asStream' in options && options.asStream === true) || options.signal != null || (options.timeout != null && options.timeout !== this.timeout)) {
      return super.request(params, options as ConnectionRequestOptionsAsStream);
    }
    const prefix = this.url.pathname === '/' ? '' : this.url.pathname.replace(/\/$/, '');
    let path = prefix + params.path + (params.querystring == null || params.querystring === '' ? '' : `?${params.querystring}`);
    if (path[0] !== '/') path = `/${path}`;
    if (INVALID_PATH.test(path)) throw new TypeError(`ERR_UNESCAPED_CHARACTERS: ${path}`);
    let response: Dispatcher.ResponseData;
    try {
      response = await this.pool.request({
        method: params.method as Dispatcher.HttpMethod,
        path,
        headers: { ...this.headers, ...params.headers },
        body: params.body,
      });
    } catch (error) {
      throw connectionError(error);
    }
    const headers = response.headers;
    const encoding = String(headers['content-encoding'] ?? '').toLowerCase();
    const type = String(headers['content-type'] ?? '');
    const binary = encoding.includes('gzip') || encoding.includes('deflate') || BINARY_TYPES.some((t) => type.includes(t));
    const limit = binary ? (options.maxCompressedResponseSize ?? Number.MAX_SAFE_INTEGER) : (options.maxResponseSize ?? Number.MAX_SAFE_INTEGER);
    const length = headers['content-length'] === undefined ? undefined : Number(headers['content-length']);
    if (length !== undefined && length > limit) {
      // Dropped unread: the abort it reports is this refusal, not news.
      response.body.on('error', () => undefined).destroy();
      throw new errors.RequestAbortedError(`The content length (${length}) is bigger than the maximum allowed ${binary ? 'buffer' : 'string'} (${limit})`);
    }
    this.diagnostic.emit('deserialization', null, options);
    try {
      const body = binary ? Buffer.from(await response.body.arrayBuffer()) : await response.body.text();
      if (body.length > limit) throw new errors.RequestAbortedError(`The content length (${body.length}) is bigger than the maximum allowed ${binary ? 'buffer' : 'string'} (${limit})`);
      return { statusCode: response.statusCode, headers, body };
    } catch (error) {
      if (error instanceof errors.RequestAbortedError) throw error;
      throw connectionError(error);
    }
  }
}
