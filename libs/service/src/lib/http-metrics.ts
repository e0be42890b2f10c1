import type { IncomingMessage, ServerResponse } from 'node:http';
import { Histogram, type Registry } from 'prom-client';

/** Seconds; from a cached page of search (a few ms) to a slow batch POST. */
export const HTTP_DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Requests that matched no route (static files, 404s, and those refused before routing: 413, 429). */
export const UNMATCHED_ROUTE = 'unmatched';

type Labels = 'method' | 'route' | 'status';

/**
 * The route label of a finished request: the route's pattern as the router matched it
 * (`/v1/videos/:id`, never the id itself, so the label set stays small), else UNMATCHED_ROUTE.
 */
export function routeLabel(req: IncomingMessage & { route?: { path?: unknown } }): string {
  const path = req.route?.path;
  return typeof path === 'string' ? path : UNMATCHED_ROUTE;
}

/**
 * `vidx_http_request_duration_seconds{method,route,status}`: time from the request's arrival to
 * the last byte of its answer handed to the operating system, one observation per answered
 * request (a client that hangs up first is not an answer and is not counted).
 */
export function httpRequestMetrics(registry: Registry): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const duration = new Histogram<Labels>({
    name: 'vidx_http_request_duration_seconds',
    help: 'HTTP requests answered, by method, matched route and status: time until the answer was written',
    labelNames: ['method', 'route', 'status'],
    buckets: HTTP_DURATION_BUCKETS,
    registers: [registry],
  });
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      duration.observe({ method: req.method ?? 'GET', route: routeLabel(req), status: String(res.statusCode) }, seconds);
    });
    next();
  };
}
