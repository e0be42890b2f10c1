import { Http1ParseError, Http1TooLargeError, ResponseReader, type Http1Response, type ReaderOptions } from './http1-response';

const reader = (options: Partial<ReaderOptions> = {}) =>
  new ResponseReader({ head: false, maxHeaderSize: 16_384, limit: () => ({ limit: Number.MAX_SAFE_INTEGER, binary: false }), ...options });

/** Feeds `bytes` in pieces of `step` bytes; the answer, once complete. */
function feed(bytes: Buffer, step: number, r = reader()): Http1Response | undefined {
  let result: Http1Response | undefined;
  for (let at = 0; at < bytes.length; at += step) {
    const piece = r.push(bytes.subarray(at, at + step));
    if (piece) {
      expect(at + step).toBeGreaterThanOrEqual(bytes.length);
      result = piece;
    }
  }
  return result;
}

const text = 'López Obrador — “AMLO” 🇲🇽 '.repeat(40);
const withLength = Buffer.concat([
  Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Elastic-Product: Elasticsearch\r\ncontent-length: ${Buffer.byteLength(text)}\r\n\r\n`),
  Buffer.from(text),
]);

function chunked(parts: string[], trailer = ''): Buffer {
  const body = parts.map((p) => `${Buffer.byteLength(p).toString(16)}\r\n${p}\r\n`).join('');
  return Buffer.from(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${body}0\r\n${trailer}\r\n`);
}

describe('ResponseReader', () => {
  it('reads an answer framed by Content-Length, however its bytes are split', () => {
    for (const step of [1, 2, 7, 100, withLength.length]) {
      const response = feed(withLength, step);
      expect(response?.statusCode).toBe(200);
      expect(response?.body.toString('utf8')).toBe(text);
      expect(response?.headers).toMatchObject({ 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
      expect(response?.keepAlive).toBe(true);
    }
  });

  it('reads a chunked answer with chunk extensions and a trailer, however its bytes are split', () => {
    const bytes = chunked(['{"a":', `"${text}"`, '}'], 'x-trailer: 1\r\n');
    const withExtension = Buffer.from(bytes.toString('latin1').replace('\r\n{"a":', ';name=value\r\n{"a":'), 'latin1');
    for (const source of [bytes, withExtension]) {
      for (const step of [1, 3, 64, source.length]) {
        const response = feed(source, step);
        expect(JSON.parse(response?.body.toString('utf8') ?? '')).toEqual({ a: text });
        expect(response?.keepAlive).toBe(true);
      }
    }
  });

  it('skips an informational answer and reads the one after it', () => {
    const bytes = Buffer.concat([Buffer.from('HTTP/1.1 100 Continue\r\n\r\n'), withLength]);
    expect(feed(bytes, 5)?.body.toString('utf8')).toBe(text);
  });

  it('reads no body for HEAD, 204 and 304, whatever Content-Length says', () => {
    expect(reader({ head: true }).push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 120\r\n\r\n'))?.body.length).toBe(0);
    expect(reader().push(Buffer.from('HTTP/1.1 204 No Content\r\n\r\n'))?.statusCode).toBe(204);
    expect(reader().push(Buffer.from('HTTP/1.1 304 Not Modified\r\ncontent-length: 5\r\n\r\n'))?.body.length).toBe(0);
  });

  it('reads a body framed by the end of the connection, which is then not kept', () => {
    const r = reader();
    expect(r.push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\nhello '))).toBeUndefined();
    expect(r.push(Buffer.from('world'))).toBeUndefined();
    const response = r.end();
    expect(response.body.toString()).toBe('hello world');
    expect(response.keepAlive).toBe(false);
  });

  it('keeps the connection only when the answer allows it', () => {
    const keep = (head: string) => reader().push(Buffer.from(`${head}\r\ncontent-length: 0\r\n\r\n`))?.keepAlive;
    expect(keep('HTTP/1.1 200 OK')).toBe(true);
    expect(keep('HTTP/1.1 200 OK\r\nConnection: close')).toBe(false);
    expect(keep('HTTP/1.0 200 OK')).toBe(false);
    expect(keep('HTTP/1.0 200 OK\r\nConnection: keep-alive')).toBe(true);
  });

  it('joins a header sent twice, as Node does', () => {
    const response = reader().push(Buffer.from('HTTP/1.1 200 OK\r\nWarning: 299 a\r\nwarning: 299 b\r\ncontent-length: 0\r\n\r\n'));
    expect(response?.headers.warning).toBe('299 a, 299 b');
  });

  it('refuses a body over the limit: by its Content-Length before reading it, by its chunks, and by the bytes of an unframed body', () => {
    const limited = () => reader({ limit: (headers) => ({ limit: 10, binary: headers['content-encoding'] === 'gzip' }) });
    const tooLong = limited();
    expect(() => tooLong.push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 11\r\n\r\n'))).toThrow(Http1TooLargeError);
    expect(() => limited().push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-encoding: gzip\r\ncontent-length: 11\r\n\r\n'))).toThrow(
      'The content length (11) is bigger than the maximum allowed buffer (10)',
    );
    expect(() => feed(chunked(['12345', '678901']), 4, limited())).toThrow('The content length (11) is bigger than the maximum allowed string (10)');
    const unframed = limited();
    unframed.push(Buffer.from('HTTP/1.1 200 OK\r\n\r\n123456'));
    expect(() => unframed.push(Buffer.from('78901'))).toThrow(Http1TooLargeError);
    expect(feed(chunked(['12345', '67890']), 4, limited())?.body.toString()).toBe('1234567890');
  });

  it('refuses what is not an HTTP/1.x answer', () => {
    const bad = (bytes: string) => () => feed(Buffer.from(bytes), 3);
    expect(bad('HTTP/2 200\r\n\r\n')).toThrow(Http1ParseError);
    expect(bad('SSH-2.0-OpenSSH\r\n\r\n')).toThrow(/not an HTTP\/1.x status line/);
    expect(bad('HTTP/1.1 200 OK\r\nno colon here\r\n\r\n')).toThrow(/bad header line/);
    expect(bad('HTTP/1.1 200 OK\r\ncontent-length: -4\r\n\r\n')).toThrow(/bad content-length/);
    expect(bad('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n')).toThrow(/bad chunk size/);
    expect(bad('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nabXY')).toThrow(/does not end with CRLF/);
    expect(bad('HTTP/1.1 200 OK\r\ntransfer-encoding: gzip\r\n\r\n')).toThrow(/transfer coding "gzip"/);
    expect(bad('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nabcd')).toThrow(/2 bytes follow the answer/);
    expect(() => reader({ maxHeaderSize: 40 }).push(Buffer.from(`HTTP/1.1 200 OK\r\nx-long: ${'y'.repeat(50)}`))).toThrow(/headers are longer than 40 bytes/);
  });

  it('says whether a connection that ended had begun its answer', () => {
    const before = reader();
    expect(before.started).toBe(false);
    expect(() => before.end()).toThrow('the connection closed before the answer');
    const during = reader();
    during.push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nabc'));
    expect(during.started).toBe(true);
    expect(() => during.end()).toThrow('the connection closed in the middle of the answer');
  });
});
