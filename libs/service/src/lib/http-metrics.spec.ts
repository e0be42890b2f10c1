import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { httpRequestMetrics, routeLabel, UNMATCHED_ROUTE } from './http-metrics';

describe('routeLabel', () => {
  it('is the matched route pattern, else unmatched', () => {
    expect(routeLabel(Object.assign({} as IncomingMessage, { route: { path: '/v1/videos/:id' } }))).toBe('/v1/videos/:id');
    expect(routeLabel({} as IncomingMessage)).toBe(UNMATCHED_ROUTE);
    expect(routeLabel(Object.assign({} as IncomingMessage, { route: { path: /regex/ } }))).toBe(UNMATCHED_ROUTE);
  });
});

describe('httpRequestMetrics', () => {
  let server: Server;
  let registry: Registry;
  let base: string;

  beforeAll(async () => {
    registry = new Registry();
    const middleware = httpRequestMetrics(registry);
    server = createServer((req, res) => {
      middleware(req, res, () => {
        // What a router does for a matched route: the pattern, not the path.
        if (req.url?.startsWith('/v1/videos/')) Object.assign(req, { route: { path: '/v1/videos/:id' } });
        const wait = req.url?.endsWith('slow') ? 30 : 0;
        setTimeout(() => {
          res.statusCode = req.url?.startsWith('/v1/videos/') ? 200 : 404;
          res.end('{}');
        }, wait);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('observes each answered request under its route pattern, method and status, with its duration', async () => {
    await fetch(`${base}/v1/videos/abc`);
    await fetch(`${base}/v1/videos/def-slow`);
    await fetch(`${base}/nothing-here`);
    const metric = await registry.getSingleMetricAsString('vidx_http_request_duration_seconds');
    expect(metric).toContain('vidx_http_request_duration_seconds_count{method="GET",route="/v1/videos/:id",status="200"} 2');
    expect(metric).toContain(`vidx_http_request_duration_seconds_count{method="GET",route="${UNMATCHED_ROUTE}",status="404"} 1`);
    expect(metric).not.toMatch(/abc|def-slow|nothing-here/);
    // The slow one (≥ 30 ms) is above the 25 ms bucket, the fast ones within it.
    expect(metric).toMatch(/_bucket\{le="0\.025",method="GET",route="\/v1\/videos\/:id",status="200"\} 1\n/);
    expect(metric).toMatch(/_bucket\{le="0\.05",method="GET",route="\/v1\/videos\/:id",status="200"\} 2\n/);
  });
});
