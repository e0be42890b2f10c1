import { errors, type Client } from '@elastic/elasticsearch';
import type { SearchRequest, SearchResponse } from '@elastic/elasticsearch/lib/api/types';
import { LeanConnection } from './lean-connection';

/**
 * What the requests sent straight to Elasticsearch send (bench:search): the body is plain JSON.
 * Frozen: the connection checks these header lines once and keeps them.
 */
const HEADERS = Object.freeze({ 'content-type': 'application/json', accept: 'application/json' });

let requestIds = 0;

/**
 * A search sent through the client's connection itself, not through the client's API method and
 * transport: the body serialised once, the answer parsed by the client's own serializer. The API
 * method sorts every parameter into path, query string or body, and the transport builds request
 * events and headers for every request: work a search does not need. With `npm run
 * bench:search:client` (6 in flight) a search request costs the client 0.26 ms of CPU this way
 * against 0.29 ms through client.search (tools/bench-search/README.md).
 *
 * Only for a client of one node whose connection is a LeanConnection (createElasticsearchClient's);
 * any other client, and any request that fails before Elasticsearch answers (a connection error, a
 * timeout), goes through client.search, with its retries. An error answer is the client's
 * ResponseError, as client.search would throw it.
 */
export async function leanSearch<T = unknown>(client: Client, request: SearchRequest): Promise<SearchResponse<T>> {
  const connections = client.connectionPool.connections;
  const connection = connections.length === 1 ? connections[0] : undefined;
  if (!(connection instanceof LeanConnection)) return client.search<T>(request);
  const { index, filter_path: filterPath, ...body } = request;
  const target = index === undefined ? '' : Array.isArray(index) ? index.join(',') : index;
  const path = target === '' ? '/_search' : `/${encodeURIComponent(target)}/_search`;
  const querystring = filterPath === undefined ? '' : `filter_path=${encodeURIComponent(Array.isArray(filterPath) ? filterPath.join(',') : filterPath)}`;
  const params = { method: 'POST', path, querystring, headers: HEADERS, body: client.serializer.serialize(body) };
  const id = (requestIds += 1);
  let answer;
  try {
    answer = await connection.request(params, { requestId: id, name: 'leanSearch', context: null });
  } catch (error) {
    if (error instanceof errors.ConnectionError || error instanceof errors.TimeoutError) return client.search<T>(request);
    throw error;
  }
  const text = typeof answer.body === 'string' ? answer.body : answer.body.toString('utf8');
  if (answer.statusCode >= 200 && answer.statusCode < 300) return client.serializer.deserialize<SearchResponse<T>>(text);
  let parsed: unknown = text;
  try {
    parsed = client.serializer.deserialize(text);
  } catch {
    // Not JSON: the error carries the text.
  }
  throw new errors.ResponseError({
    body: parsed,
    statusCode: answer.statusCode,
    headers: answer.headers,
    warnings: null,
    meta: {
      context: null,
      name: 'leanSearch',
      request: { params, options: {}, id },
      connection,
      attempts: 0,
      aborted: false,
    },
  });
}
