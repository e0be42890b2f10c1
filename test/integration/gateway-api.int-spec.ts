import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { Client } from '@elastic/elasticsearch';
import type { INestApplication } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { loadConfig } from '@vidx/config';
import type { EnrichedDocument } from '@vidx/contracts';
import { createLogger } from '@vidx/observability';
import { processRawBatch } from '@vidx/pipeline';
import {
  ElasticsearchSink,
  ensureEntityRegistry,
  ensureIndex,
  entityId,
  excerptToText,
  EntityRegistry,
  registryAlias,
  searchVideos,
  SearchParamsSchema,
  SnapshotPool,
  type SearchResult,
} from '@vidx/search';
import { createNestApp, createServiceContext } from '@vidx/service';
import { eventually } from '@vidx/testing';
import { GatewayModule } from '../../apps/gateway/src/app/gateway.module';
import { configureHttp } from '../../apps/gateway/src/app/http-setup';
import { sha256Hex } from '../../apps/gateway/src/app/api-keys';
import { dropIndices, dropRunIndices, dropRunTopics, testElasticsearch, testKafka } from './support';

/**
 * The gateway's HTTP API against a real Elasticsearch holding the dev fixtures (run through the
 * pure pipeline, written by the real sink with the entity registry) and a real Kafka: every search
 * parameter and error, alias-aware and accent-folded search, facets, cursor paging while documents
 * are indexed, suggest/similar/stats, the security settings, injection attempts and a battery of
 * bad input on every endpoint. The gateway runs in-process on an ephemeral port.
 */
const alias = `${process.env.ELASTICSEARCH_INDEX_ALIAS}-gw`;
const prefix = `${process.env.VIDX_TOPIC_PREFIX}gw.`;
const WRITE_KEY = 'it-plain-key';
const HASHED_KEY = 'it-hashed-key';

interface Started {
  app: INestApplication;
  url: string;
}

async function startGateway(env: Record<string, string>): Promise<Started> {
  const config = loadConfig({
    ...process.env,
    ELASTICSEARCH_INDEX_ALIAS: alias,
    VIDX_TOPIC_PREFIX: prefix,
    VIDX_API_KEYS: WRITE_KEY,
    VIDX_API_KEY_SHA256: sha256Hex(HASHED_KEY),
    GATEWAY_SNAPSHOT_REUSE_MS: '0',
    GATEWAY_RATE_LIMIT_PER_MINUTE: '100000',
    GATEWAY_MAX_BODY_BYTES: '65536',
    LOG_LEVEL: 'error',
    ...env,
  });
  const context = createServiceContext('gateway-it', config, createLogger({ service: 'gateway-it', level: 'error' }));
  const app = await createNestApp(GatewayModule.forContext(context), false);
  configureHttp(app, context);
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

function fixtures(): EnrichedDocument[] {
  const lines = readFileSync(join(__dirname, '../fixtures/dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  const raws = lines.map((l) => (JSON.parse(l) as { raw: string }).raw);
  const indexedAt = new Date().toISOString();
  return processRawBatch(raws).results.flatMap((r) => r.documents).map((d) => ({ ...d, pipeline: { ...d.pipeline, indexedAt } }));
}

describe('gateway API', () => {
  let es: Client;
  let kafka: Kafka;
  let sink: ElasticsearchSink;
  let main: Started;
  let keyed: Started;
  let docs: EnrichedDocument[];

  const get = async (path: string, headers: Record<string, string> = {}, base = main.url) => {
    const res = await fetch(`${base}${path}`, { headers });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (the docs page)
    }
    return { status: res.status, headers: res.headers, body: body as Record<string, unknown> & SearchResult };
  };
  const search = async (query: string) => {
    const res = await get(`/v1/search?${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const ids = (r: SearchResult) => r.hits.map((h) => h.id);
  const idOf = (titleStart: string) => docs.find((d) => d.title.startsWith(titleStart))!.id;

  beforeAll(async () => {
    es = testElasticsearch();
    kafka = testKafka();
    await ensureIndex(es, alias);
    await ensureEntityRegistry(es, alias);
    sink = new ElasticsearchSink({ client: es, alias, registry: new EntityRegistry({ client: es, videosAlias: alias }) });
    docs = fixtures();
    expect(docs).toHaveLength(20);
    expect(await sink.write(docs.map((d) => ({ key: d.id, value: d })), [])).toEqual([]);
    await es.indices.refresh({ index: [alias, registryAlias(alias)] });
    main = await startGateway({});
    keyed = await startGateway({ VIDX_SEARCH_REQUIRES_KEY: 'true', GATEWAY_RATE_LIMIT_PER_MINUTE: '3', GATEWAY_CORS_ORIGINS: 'https://ok.example' });
  }, 120_000);

  afterAll(async () => {
    await main?.app.close();
    await keyed?.app.close();
    await dropRunTopics(kafka, prefix);
    await dropRunIndices(es, alias);
    await es.close();
  }, 60_000);

  describe('query syntax', () => {
    it('matches all words, phrases, exclusions and OR (the word and |)', async () => {
      const fed = idOf('Fed delivers');
      expect(ids(await search('q=rate%20hike'))).toContain(fed);
      expect(ids(await search('q=%22rate%20hike%22'))).toContain(fed);
      expect(ids(await search('q=%22hike%20rate%22'))).not.toContain(fed);
      const earthquake = idOf('Türkiye-Syria');
      const both = ids(await search('q=earthquake%20OR%20inflation'));
      expect(both).toEqual(expect.arrayContaining([fed, earthquake]));
      expect(ids(await search('q=earthquake%20%7C%20inflation'))).toEqual(expect.arrayContaining([fed, earthquake]));
      expect(ids(await search('q=earthquake%20inflation'))).not.toEqual(expect.arrayContaining([fed, earthquake]));
      expect(ids(await search('q=inflation%20-%22rate%20hike%22'))).not.toContain(fed);
      expect(ids(await search('q=inflation%20-hike'))).not.toContain(fed);
    });

    it('tolerates typos in longer words when nothing matches as typed, says so, and keeps exclusions for them', async () => {
      const fed = idOf('Fed delivers');
      const typo = await search('q=inflaton');
      expect(ids(typo)).toContain(fed);
      expect(typo.fuzzy).toBe(true);
      expect(typo.corrections).toEqual({ inflaton: 'inflation' });
      expect(typo.hits.find((h) => h.id === fed)!.highlight.body.join(' ')).toMatch(/<mark>inflation<\/mark>/i);
      expect((await search('q=inflation')).fuzzy).toBe(false);
      expect(ids(await search('q=earthqake'))).toContain(idOf('Türkiye-Syria'));
      expect(ids(await search('q=inflaton%20-hike'))).not.toContain(fed);
      // Short words are never fuzzy: "Fad" does not find "Fed".
      expect(ids(await search('q=Fad'))).not.toContain(fed);
    });

    it('folds accents both ways and finds entities by alias', async () => {
      const seed = idOf('Kamala Harris Meets');
      expect(ids(await search('q=lopez%20obrador'))).toContain(seed);
      expect(ids(await search('q=L%C3%B3pez%20Obrador'))).toContain(seed);
      expect(ids(await search('q=turkiye'))).toContain(idOf('Türkiye-Syria'));
      expect(ids(await search('q=AMLO'))).toContain(seed);
      expect(ids(await search('person=AMLO'))).toEqual([seed]);
    });

    it('highlights title and body fragments and returns entities with each hit', async () => {
      const hit = (await search('q=earthquake')).hits[0];
      expect(`${hit.highlight.title ?? ''} ${hit.highlight.body.join(' ')}`).toContain('<mark>');
      const doc = docs.find((d) => d.id === hit.id)!;
      expect(hit).toMatchObject({ people: doc.people, organizations: doc.organizations, locations: doc.locations, dates: doc.dates, money: doc.money, percents: doc.percents });
      expect(hit.locations.length + hit.dates.length).toBeGreaterThan(0);
    });

    it('highlights accent-insensitively in title and body, and gives the body’s beginning where nothing in it matched', async () => {
      const quake = (await search('q=turkiye')).hits.find((h) => h.id === idOf('Türkiye-Syria'))!;
      expect(quake.highlight.title).toMatch(/<mark>Türkiye<\/mark>/);
      expect(quake.highlight.body.join(' ')).toMatch(/<mark>Türkiye<\/mark>/);
      const byPerson = (await search(`person=${encodeURIComponent('Kamala Harris')}`)).hits[0];
      expect(byPerson.highlight.body).toHaveLength(1);
      expect(byPerson.highlight.body[0]).not.toContain('<mark>');
      expect(byPerson).not.toHaveProperty('snippet');
      const doc = docs.find((d) => d.id === byPerson.id)!;
      const lead = excerptToText(byPerson.highlight.body).replace(/…$/, '');
      expect(lead.length).toBeGreaterThan(20);
      expect(doc.body.startsWith(lead)).toBe(true);
    });
  });

  describe('filters, sort and facets', () => {
    it('filters by person, organization, location, source, language and dates, repeatable and combined', async () => {
      const seed = docs.find((d) => d.title.startsWith('Kamala Harris Meets'))!;
      expect(ids(await search(`person=${encodeURIComponent('Kamala Harris')}`))).toContain(seed.id);
      const org = docs.find((d) => d.organizations.length > 0)!;
      expect(ids(await search(`organization=${encodeURIComponent(org.organizations[0])}`))).toContain(org.id);
      const loc = docs.find((d) => d.locations.length > 0)!;
      expect(ids(await search(`location=${encodeURIComponent(loc.locations[0])}`))).toContain(loc.id);
      const reuters = await search('source=Reuters');
      expect(reuters.total).toBe(docs.filter((d) => d.source === 'Reuters').length);
      expect(reuters.hits.every((h) => h.source === 'Reuters')).toBe(true);
      const spanish = await search('language=es');
      expect(spanish.total).toBeGreaterThan(0);
      expect(spanish.hits.every((h) => h.language === 'es')).toBe(true);
      const in2022 = await search('from=2022-01-01&to=2022-12-31&size=50');
      expect(in2022.hits.every((h) => h.publishedAt!.startsWith('2022'))).toBe(true);
      expect(in2022.total).toBe(docs.filter((d) => d.publishedAt?.startsWith('2022')).length);
      // Repeated values of one filter must all hold; different filters combine.
      expect((await search('source=Reuters&source=Vox')).total).toBe(0);
      expect((await search('source=Reuters&from=2024-01-01')).total).toBe(docs.filter((d) => d.source === 'Reuters' && (d.publishedAt ?? '') >= '2024').length);
    });

    it('sorts newest and oldest first, undated last', async () => {
      const newest = await search('sort=newest&size=100');
      const dates = newest.hits.map((h) => h.publishedAt ?? '');
      const dated = dates.filter(Boolean);
      expect(dated).toEqual([...dated].sort().reverse());
      expect(dates.at(-1)).toBe(dated.length < dates.length ? '' : dates.at(-1));
      const oldest = await search('sort=oldest&size=100');
      const asc = oldest.hits.map((h) => h.publishedAt).filter(Boolean);
      expect(asc).toEqual([...asc].sort());
    });

    it('returns facets of the whole query and filters with counts: people, organisations, places, sources, dates', async () => {
      const all = await search('size=1');
      expect(all.total).toBe(20);
      expect(all.facets.sources).toEqual(expect.arrayContaining([{ name: 'Reuters', count: 2 }]));
      const dated = docs.filter((d) => d.publishedAt);
      expect(all.facets.dates.reduce((n, d) => n + d.count, 0)).toBe(dated.length);
      // Years without a date filter; a year chosen (its from/to passed back) is counted by month.
      expect(all.facets.dates.every((d) => /^\d{4}$/.test(d.period) && d.from === `${d.period}-01-01` && d.to === `${d.period}-12-31`)).toBe(true);
      const year = all.facets.dates[0];
      const inYear = await search(`size=1&from=${year.from}&to=${year.to}`);
      expect(inYear.total).toBe(year.count);
      expect(inYear.facets.dates.every((d) => d.period.startsWith(`${year.period}-`) && /^\d{4}-\d{2}$/.test(d.period))).toBe(true);
      expect(inYear.facets.dates.reduce((n, d) => n + d.count, 0)).toBe(year.count);
      expect(all.facets.people.length).toBeGreaterThan(0);
      expect(all.facets.organizations.length).toBeGreaterThan(0);
      expect(all.facets.locations.length).toBeGreaterThan(0);
      const harris = await search(`person=${encodeURIComponent('Kamala Harris')}`);
      expect(harris.facets.people).toEqual(expect.arrayContaining([{ id: entityId('PERSON', 'Kamala Harris'), name: 'Kamala Harris', count: harris.total }]));
      expect(harris.facets.sources.reduce((n, s) => n + s.count, 0)).toBe(harris.total);
    });
  });

  describe('cursor paging', () => {
    it('pages through every match once, stable while documents are added', async () => {
      const seen: string[] = [];
      let page = await search('sort=newest&size=3');
      const total = page.total;
      seen.push(...ids(page));
      // Documents indexed during paging sort first (newest) and would shift offsets; the snapshot ignores them.
      const added = Array.from({ length: 5 }, (_, i) => ({ ...docs[0], id: `gw-added-${i}`, title: `Added while paging ${i}`, publishedAt: '2030-01-01' }));
      expect(await sink.write(added.map((d) => ({ key: d.id, value: d })), [])).toEqual([]);
      await es.indices.refresh({ index: alias });
      while (page.nextCursor) {
        page = await search(`sort=newest&size=3&cursor=${page.nextCursor}`);
        expect(page.total).toBe(total);
        seen.push(...ids(page));
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(seen.some((id) => id.startsWith('gw-added-'))).toBe(false);
      // A new search sees them.
      expect((await search('size=1')).total).toBe(total + 5);
      expect(await sink.write(added.map((d) => ({ key: d.id, value: null })), [])).toEqual([]);
      await es.indices.refresh({ index: alias });
    });

    it('pages by relevance too, and refuses a tampered, foreign or expired cursor with 400', async () => {
      const first = await search('q=president&size=2');
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = await search(`q=president&size=2&cursor=${first.nextCursor}`);
      expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);

      const tampered = await get(`/v1/search?q=president&cursor=${first.nextCursor!.slice(0, -4)}abcd`);
      expect(tampered.status).toBe(400);
      expect((tampered.body.error as { code: string }).code).toBe('INVALID_CURSOR');
      const foreign = await get(`/v1/search?q=minister&cursor=${first.nextCursor}`);
      expect(foreign.status).toBe(400);
      expect((foreign.body.error as { message: string }).message).toMatch(/cursor.*another search/);

      const state = JSON.parse(Buffer.from(first.nextCursor!, 'base64url').toString()) as { p: string };
      await es.closePointInTime({ id: state.p });
      const expired = await get(`/v1/search?q=president&size=2&cursor=${first.nextCursor}`);
      expect(expired.status).toBe(400);
      expect((expired.body.error as { code: string }).code).toBe('CURSOR_EXPIRED');
    });

    it('pages past 10,000 hits (no from+size window)', async () => {
      const deep = `${alias}-deep`;
      await ensureIndex(es, deep);
      try {
        const n = 10_050;
        const operations = Array.from({ length: n }, (_, i) => [{ index: { _index: `${deep}-write`, _id: `d${i}` } }, { ...docs[1], id: `d${i}`, publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString() }]).flat();
        const bulk = await es.bulk({ operations, refresh: true });
        expect(bulk.errors).toBe(false);
        const pool = new SnapshotPool(es, deep, { reuseInMs: 0, keepAlive: '1m' });
        let page = await searchVideos(es, deep, SearchParamsSchema.parse({ sort: 'oldest', size: 100 }), { snapshots: pool });
        let count = page.hits.length;
        let last = page.hits.at(-1)!.id;
        while (page.nextCursor) {
          page = await searchVideos(es, deep, SearchParamsSchema.parse({ sort: 'oldest', size: 100, cursor: page.nextCursor }), { snapshots: pool });
          count += page.hits.length;
          if (page.hits.length > 0) last = page.hits.at(-1)!.id;
        }
        expect(count).toBe(n);
        expect(last).toBe(`d${n - 1}`);
      } finally {
        await dropIndices(es, deep);
      }
    });
  });

  describe('similar, suggest, stats', () => {
    it('finds similar videos without the video itself; 404 for an unknown id', async () => {
      const seed = idOf('Kamala Harris Meets');
      const similar = await get(`/v1/videos/${seed}/similar?size=5`);
      expect(similar.status).toBe(200);
      const hits = (similar.body as unknown as { hits: Array<{ id: string }> }).hits;
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.map((h) => h.id)).not.toContain(seed);
      expect((await get('/v1/videos/no-such-video/similar')).status).toBe(404);
    });

    it('suggests titles and entities (by alias too) as you type', async () => {
      const res = await get('/v1/suggest?q=harr');
      expect(res.status).toBe(200);
      const body = res.body as unknown as { titles: Array<{ id: string }>; entities: Array<{ name: string }> };
      expect(body.titles.map((t) => t.id)).toContain(idOf('Kamala Harris Meets'));
      expect(body.entities.map((e) => e.name)).toContain('Kamala Harris');
      const amlo = (await get('/v1/suggest?q=aml')).body as unknown as { entities: Array<{ name: string }> };
      expect(amlo.entities.map((e) => e.name)).toContain('Andrés Manuel López Obrador');
    });

    it('reports documents, last indexed time and per-stage lag read from Kafka', async () => {
      const posted = await fetch(`${main.url}/v1/videos`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': WRITE_KEY },
        body: JSON.stringify([{ videoId: 'gw-lag-1', title: 'Lag one', description: 'A body.' }, { videoId: 'gw-lag-2', title: 'Lag two', description: 'A body.' }]),
      });
      expect(posted.status).toBe(202);
      const stats = await eventually(
        async () => {
          const res = await get('/v1/stats');
          const body = res.body as unknown as { documents: number; lastIndexedAt: string | null; stages: Record<string, { lag: number | null; topic: string; group: string }> };
          return body.stages.cleaner.lag === 2 ? body : undefined;
        },
        30_000,
        'cleaner lag 2',
      );
      expect(stats.documents).toBe(20);
      expect(Date.parse(stats.lastIndexedAt!)).toBe(Date.parse(docs[0].pipeline.indexedAt!));
      expect(stats.stages.cleaner).toMatchObject({ group: `${prefix}vidx-cleaner`, topic: `${prefix}videos.raw` });
      expect(Object.keys(stats.stages).sort()).toEqual(['boilerplate-remover', 'cleaner', 'entity-extractor', 'indexer']);
    });
  });

  describe('metrics', () => {
    const answered = async (route: string, status: number) => {
      const text = await (await fetch(`${main.url}/metrics`)).text();
      const line = text.split('\n').find((l) => l.startsWith('vidx_http_request_duration_seconds_count{') && l.includes(`route="${route}"`) && l.includes(`status="${status}"`));
      return line ? Number(line.split(' ').at(-1)) : 0;
    };

    it('counts answered requests in /metrics by route pattern and status, with their durations', async () => {
      const before = { ok: await answered('/v1/search', 200), bad: await answered('/v1/search', 400), missing: await answered('/v1/videos/:id', 404) };
      await search('q=mexico');
      await search('q=harris&size=3');
      expect((await get('/v1/search?size=1000')).status).toBe(400);
      expect((await get('/v1/videos/no-such-video')).status).toBe(404);
      expect(await answered('/v1/search', 200)).toBe(before.ok + 2);
      expect(await answered('/v1/search', 400)).toBe(before.bad + 1);
      expect(await answered('/v1/videos/:id', 404)).toBe(before.missing + 1);
      const text = await (await fetch(`${main.url}/metrics`)).text();
      expect(text).not.toContain('no-such-video');
      expect(text).toMatch(/vidx_http_request_duration_seconds_sum\{[^}]*route="\/v1\/search",status="200"\} [0-9.e-]+/);
    });
  });

  describe('admission control', () => {
    const burst = (base: string, count: number) => Promise.all(Array.from({ length: count }, (_, i) => get(`/v1/search?q=${['mexico', 'harris', 'migration', 'president'][i % 4]}&size=5`, {}, base)));

    it('sends half as many searches again as Elasticsearch has search threads (GATEWAY_ES_CONCURRENCY=auto)', async () => {
      const info = await es.nodes.info({ metric: ['thread_pool'] });
      const threads = Object.values(info.nodes).reduce((n, node) => n + Number(node.thread_pool?.search?.size ?? 0), 0);
      expect(threads).toBeGreaterThan(0);
      const searches = await eventually(
        async () => {
          const body = (await get('/v1/stats')).body as unknown as { searches: { concurrency: number; inFlight: number; waiting: number } };
          return body.searches.concurrency === Math.ceil(threads * 1.5) ? body.searches : undefined;
        },
        10_000,
        `concurrency ${Math.ceil(threads * 1.5)}`,
      );
      expect(searches).toEqual({ concurrency: Math.ceil(threads * 1.5), inFlight: 0, waiting: 0 });
    });

    it('queues searches beyond the limit and answers them all', async () => {
      const one = await startGateway({ GATEWAY_ES_CONCURRENCY: '1', GATEWAY_ES_MAX_QUEUED: '100' });
      try {
        const answers = await burst(one.url, 12);
        expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
        expect(answers[0].body.total).toBeGreaterThan(0);
      } finally {
        await one.app.close();
      }
    });

    it('refuses new searches past GATEWAY_ES_MAX_QUEUED with 503 OVERLOADED and Retry-After, and recovers', async () => {
      const tight = await startGateway({ GATEWAY_ES_CONCURRENCY: '1', GATEWAY_ES_MAX_QUEUED: '0' });
      try {
        const answers = await burst(tight.url, 12);
        const refused = answers.filter((a) => a.status === 503);
        expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(0);
        expect(refused.length).toBeGreaterThan(0);
        expect(refused.length + answers.filter((a) => a.status === 200).length).toBe(12);
        expect(refused[0].headers.get('retry-after')).toBe('1');
        expect(refused[0].body.error).toMatchObject({ code: 'OVERLOADED' });
        expect((refused[0].body.error as { message: string }).message).toMatch(/GATEWAY_ES_MAX_QUEUED/);
        // One at a time is always served.
        expect((await get('/v1/search?q=mexico', {}, tight.url)).status).toBe(200);
      } finally {
        await tight.app.close();
      }
    });
  });

  describe('security', () => {
    it('needs a valid key, plain or hashed, for writes', async () => {
      const post = (headers: Record<string, string>) =>
        fetch(`${main.url}/v1/videos`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ videoId: 'gw-sec-1', title: 'T', description: 'B' }) });
      expect((await post({})).status).toBe(401);
      expect((await post({ 'x-api-key': 'wrong' })).status).toBe(401);
      expect((await post({ 'x-api-key': WRITE_KEY })).status).toBe(202);
      expect((await post({ authorization: `Bearer ${HASHED_KEY}` })).status).toBe(202);
      expect((await fetch(`${main.url}/v1/videos/gw-sec-1`, { method: 'DELETE' })).status).toBe(401);
      expect((await fetch(`${main.url}/v1/videos/gw-sec-1`, { method: 'DELETE', headers: { 'x-api-key': HASHED_KEY } })).status).toBe(202);
    });

    it('keeps search open by default and keyed when configured; rate-limits per key with 429 + Retry-After', async () => {
      expect((await get('/v1/search?q=x')).status).toBe(200);
      expect((await get('/v1/search?q=x', {}, keyed.url)).status).toBe(401);
      const withKey = { 'x-api-key': HASHED_KEY };
      expect((await get('/v1/search?q=x', withKey, keyed.url)).status).toBe(200);
      expect((await get('/v1/suggest?q=x', withKey, keyed.url)).status).toBe(200);
      // The limit is 3 a minute: the 4th keyed request is refused, while the address (no key) has its own bucket.
      expect((await get('/v1/entities', withKey, keyed.url)).status).toBe(200);
      const limited = await get('/v1/search?q=x', withKey, keyed.url);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((limited.body.error as { code: string }).code).toBe('RATE_LIMITED');
      // A wrong key does not buy a fresh bucket: it counts against the address (1 used above).
      expect((await get('/v1/search?q=x', { 'x-api-key': 'random-1' }, keyed.url)).status).toBe(401);
      expect((await get('/v1/search?q=x', { 'x-api-key': 'random-2' }, keyed.url)).status).toBe(401);
      expect((await get('/v1/search?q=x', { 'x-api-key': 'random-3' }, keyed.url)).status).toBe(429);
      // Health stays reachable.
      expect((await get('/health/live', {}, keyed.url)).status).toBe(200);
    });

    it('answers CORS only for configured origins', async () => {
      const preflight = (base: string, origin: string) =>
        fetch(`${base}/v1/search`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET' } });
      expect((await preflight(keyed.url, 'https://ok.example')).headers.get('access-control-allow-origin')).toBe('https://ok.example');
      expect((await preflight(keyed.url, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
      expect((await get('/v1/search?q=x', { origin: 'https://ok.example' })).headers.get('access-control-allow-origin')).toBeNull();
    });

    it('sends security headers and no x-powered-by; a strict CSP for the API, a self-only one for the docs page', async () => {
      const api = await get('/v1/search?q=x');
      expect(api.headers.get('x-powered-by')).toBeNull();
      expect(api.headers.get('x-content-type-options')).toBe('nosniff');
      expect(api.headers.get('x-frame-options')).toBe('DENY');
      expect(api.headers.get('referrer-policy')).toBe('no-referrer');
      expect(api.headers.get('content-security-policy')).toContain("default-src 'none'");
      const docsPage = await get('/docs');
      expect(docsPage.status).toBe(200);
      expect(docsPage.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(docsPage.headers.get('x-powered-by')).toBeNull();
      const openapi = await get('/docs-json');
      expect(Object.keys((openapi.body as unknown as { paths: object }).paths)).toEqual(
        expect.arrayContaining(['/v1/search', '/v1/suggest', '/v1/stats', '/v1/videos/{id}/similar']),
      );
    });

    it('answers a search the same whichever way it arrives: the fast path, or Express and Nest (a GET with a body)', async () => {
      // GET /v1/search is answered before Express sees it; a GET with a body still goes through
      // Express's body parsers and Nest's route. Both must give the same status, headers and body.
      const raw = (base: string, path: string, headers: Record<string, string>, body?: string) =>
        new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
          const url = new URL(path, base);
          const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'GET', headers: { ...headers, ...(body ? { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
          });
          req.on('error', reject);
          req.end(body);
        });
      const comparable = (answer: Awaited<ReturnType<typeof raw>>) => {
        const { date, connection, 'keep-alive': keepAlive, 'content-length': length, 'ratelimit-remaining': remaining, ...headers } = answer.headers;
        void [date, connection, keepAlive, length, remaining];
        const body = (answer.body.startsWith('{') ? JSON.parse(answer.body) : { text: answer.body }) as Record<string, unknown>;
        // Each search opens its own point in time here (GATEWAY_SNAPSHOT_REUSE_MS=0), and the cursor names it.
        if (typeof body.nextCursor === 'string') body.nextCursor = 'a cursor';
        return { status: answer.status, headers, body };
      };
      const cases: Array<[string, string, Record<string, string>]> = [
        ['main', '/v1/search?q=mexico&size=2&sort=newest', {}],
        [main.url, `/v1/search?q=${encodeURIComponent('"border crossings" -trump')}&person=AMLO&location=Mexico&from=2020-01-01`, {}],
        ['main', '/v1/search?q=presidnet', {}],
        ['main', '/v1/search', {}],
        ['main', '/v1/search?size=500&sort=up', {}],
        ['main', '/v1/search?cursor=nonsense', {}],
        ['strict', '/v1/search?q=mexico', {}],
        ['strict', '/v1/search?q=mexico', { 'x-api-key': 'wrong' }],
        ['strict', '/v1/search?q=mexico', { authorization: `Bearer ${HASHED_KEY}`, origin: 'https://ok.example' }],
      ];
      const statuses: number[] = [];
      const strict = await startGateway({ VIDX_SEARCH_REQUIRES_KEY: 'true', GATEWAY_CORS_ORIGINS: 'https://ok.example' });
      try {
        for (const [where, path, headers] of cases) {
          const base = where === 'strict' ? strict.url : main.url;
          const fast = comparable(await raw(base, path, headers));
          const nest = comparable(await raw(base, path, headers, 'a body'));
          expect({ path, ...nest }).toEqual({ path, ...fast });
          statuses.push(fast.status);
          if (headers.origin) expect(fast.headers['access-control-allow-origin']).toBe('https://ok.example');
        }
      } finally {
        await strict.app.close();
      }
      expect(statuses).toEqual([200, 200, 200, 200, 400, 400, 401, 401, 200]);
    });

    it('refuses bodies over GATEWAY_MAX_BODY_BYTES with 413', async () => {
      const res = await fetch(`${main.url}/v1/videos`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': WRITE_KEY }, body: JSON.stringify({ description: 'x'.repeat(70_000) }) });
      expect(res.status).toBe(413);
    });
  });

  describe('injection attempts are inert', () => {
    it.each([
      ['q as a script', `q=${encodeURIComponent('{"script":{"source":"Thread.sleep(10000)"}}')}`, 200],
      ['q as query DSL', `q=${encodeURIComponent('{"match_all":{}}')}`, 200],
      ['a filter value as DSL', `person=${encodeURIComponent('{"match_all":{}}')}`, 200],
      ['an operator key on a filter', 'person[$ne]=x', 400],
      ['an operator key on q', 'q[script]=x', 400],
      ['__proto__', '__proto__[polluted]=1', 400],
      ['constructor.prototype', 'constructor[prototype][polluted]=1', 400],
      ['sort as a script', `sort=${encodeURIComponent('{"_script":{"script":"1"}}')}`, 400],
      ['size as an object', 'size[script]=1', 400],
      ['from as a range', `from=${encodeURIComponent('{"gte":"now"}')}`, 400],
      ['a raw query parameter', `query=${encodeURIComponent('{"match_all":{}}')}`, 400],
      ['a cursor of DSL', `cursor=${Buffer.from('{"v":1,"p":"x","a":[{"script":"1"}],"n":0,"f":"0000000000000000"}').toString('base64url')}`, 400],
    ])('%s', async (_what, query, status) => {
      const res = await get(`/v1/search?${query}`);
      expect(res.status).toBe(status);
      if (status === 200) {
        // Taken as words or a term: it matches nothing instead of everything.
        expect(res.body.total).toBe(0);
      } else {
        expect((res.body.error as { code: string }).code).toBeDefined();
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('treats injection in suggest, similar and entities the same way', async () => {
      expect((await get(`/v1/suggest?q=${encodeURIComponent('{"script":"x"}')}`)).status).toBe(200);
      expect((await get('/v1/suggest?q[$ne]=x')).status).toBe(400);
      expect((await get('/v1/entities?prefix[$ne]=x')).status).toBe(400);
      expect((await get('/v1/videos/x/similar?size[script]=1')).status).toBe(400);
      expect((await get(`/v1/videos/${encodeURIComponent('{"match_all":{}}')}`)).status).toBe(400);
    });
  });

  describe('bad input', () => {
    const longQ = 'a'.repeat(2000);
    const cases: Array<[string, string, RegExp]> = [
      ['size not a number', '/v1/search?size=abc', /size/],
      ['size huge', '/v1/search?size=99999999999999999999', /size/],
      ['size negative', '/v1/search?size=-1', /size/],
      ['size fractional', '/v1/search?size=1.5', /size/],
      ['q too long', `/v1/search?q=${longQ}`, /q/],
      ['q repeated', '/v1/search?q=a&q=b', /q/],
      ['q with NUL', '/v1/search?q=a%00b', /q.*control/],
      ['q with invalid UTF-8 (a lone surrogate)', '/v1/search?q=%ED%A0%80', /q/],
      ['sort unknown', '/v1/search?sort=random', /sort/],
      ['from not a date', '/v1/search?from=yesterday', /from/],
      ['to not a date', '/v1/search?to=2021-13', /to/],
      ['unknown parameter', '/v1/search?qq=x', /qq/],
      ['too many filter values', `/v1/search?${Array.from({ length: 21 }, (_, i) => `person=p${i}`).join('&')}`, /person/],
      ['cursor garbage', '/v1/search?cursor=%F0%9F%94%A5', /cursor/],
      ['suggest without q', '/v1/suggest', /q/],
      ['suggest empty q', '/v1/suggest?q=%20', /q/],
      ['suggest q too long', `/v1/suggest?q=${longQ}`, /q/],
      ['suggest size huge', '/v1/suggest?q=a&size=1000', /size/],
      ['similar size zero', '/v1/videos/seed/similar?size=0', /size/],
      ['similar unknown parameter', '/v1/videos/seed/similar?like=x', /like/],
      ['video id traversal', '/v1/videos/..%2F..%2Fetc%2Fpasswd', /id/],
      ['video id backslash traversal', '/v1/videos/..%5C..%5Cwindows', /id/],
      ['similar id traversal', '/v1/videos/..%2Fx/similar', /id/],
      ['video id too long', `/v1/videos/${'a'.repeat(300)}`, /id/],
      ['video id emoji', '/v1/videos/%F0%9F%94%A5', /id/],
      ['entity id traversal', '/v1/entities/..%2F..%2Fx', /id/],
      ['entities type unknown', '/v1/entities?type=SPACESHIP', /type/],
      ['entities size zero', '/v1/entities?size=0', /size/],
      ['entities prefix RTL override + NUL', '/v1/entities?prefix=%E2%80%AEabc%00', /prefix/],
    ];

    it.each(cases)('%s: a 4xx naming the problem', async (_what, path, names) => {
      const res = await get(path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      const error = res.body.error as { code: string; message: string };
      expect(error.code).toEqual(expect.any(String));
      expect(error.message).toMatch(names);
    });

    it('accepts emoji, right-to-left and combining text as words', async () => {
      for (const q of ['🔥🇺🇦', 'مرحبا بالعالم', 'שלום', 'e\u0301te\u0301', '\u202Eevil']) {
        expect((await get(`/v1/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
      }
    });

    it.each([
      ['a __proto__ key', '{"__proto__":{"polluted":true},"videoId":"x","title":"T","description":"B"}', /__proto__/],
      ['a constructor.prototype key', '{"documents":[{"constructor":{"prototype":{"polluted":true}},"title":"T","description":"B"}]}', /constructor/],
      ['a lone surrogate', '{"videoId":"x","title":"T \\ud800","description":"B"}', /surrogate/],
      ['a number', '42', /./],
      ['an empty array', '[]', /no documents/],
      ['broken JSON', '{"title":', /JSON/],
      ['deep nesting', `${'['.repeat(200)}${']'.repeat(200)}`, /deep/],
    ])('POST with %s: a 4xx naming the problem', async (_what, body, names) => {
      const res = await fetch(`${main.url}/v1/videos`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': WRITE_KEY }, body });
      expect(res.status).toBe(400);
      const error = ((await res.json()) as { error: { message: string } }).error;
      expect(error.message).toMatch(names);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('stays up after all of it', async () => {
      expect((await search('q=earthquake')).total).toBeGreaterThan(0);
      expect((await get('/health/live')).status).toBe(200);
    });
  });
});
