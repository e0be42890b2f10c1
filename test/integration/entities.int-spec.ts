import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@elastic/elasticsearch';
import type { Kafka } from 'kafkajs';
import type { EnrichedDocument } from '@vidx/contracts';
import { appsDown, appsUp, findRepoRoot, testInstance, type StackOptions } from '@vidx/local-stack';
import { EntityRegistry, entityId, ensureEntityRegistry, registryAlias, type EntitySummary, type RegistryEntity, type SearchResult } from '@vidx/search';
import { eventually } from '@vidx/testing';
import { dropRunIndices, dropRunTopics, testElasticsearch, testKafka } from './support';

/**
 * The entity registry through the whole system: documents posted to the gateway pass the stages
 * (extraction on worker threads, with a user alias table from VIDX_ALIASES_FILE), the indexer
 * fills `<alias>-entities`, and the gateway serves autocomplete with document counts and
 * alias-aware search. The apps run with their own topic prefix and index alias, apart from the
 * pipeline spec's.
 */
const root = findRepoRoot(__dirname);
const instance = testInstance(process.env);
const gateway = `http://127.0.0.1:${instance.gatewayPort}`;
const prefix = `${process.env.VIDX_TOPIC_PREFIX}ent.`;
const alias = `${process.env.ELASTICSEARCH_INDEX_ALIAS}-ent`;
const AMLO = 'Andrés Manuel López Obrador';

const docs = [
  {
    videoId: 'ent-lopez-1',
    title: 'Migration talks at the National Palace',
    description: 'President López Obrador met Vice President Kamala Harris in Mexico City on Tuesday. López Obrador said the talks went well.',
    publishedAt: '2021-06-08',
  },
  {
    videoId: 'ent-harris-2',
    title: 'Harris visits Guatemala',
    description: 'Vice President Kamala Harris met President Alejandro Giammattei in Guatemala City on Monday.',
    publishedAt: '2021-06-07',
  },
  {
    videoId: 'ent-wck-3',
    title: 'Grain deal',
    description: 'World Central Kitchen said in Brussels on Friday that the grain corridor would stay open.',
    publishedAt: '2023-07-14',
  },
];

async function getJson<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${gateway}${path}`);
  return { status: res.status, body: (await res.json()) as T };
}

async function post(body: unknown): Promise<void> {
  const res = await fetch(`${gateway}/v1/videos`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(202);
}

const indexed = (id: string) =>
  eventually(
    async () => {
      const res = await fetch(`${gateway}/v1/videos/${id}`);
      return res.status === 200 ? ((await res.json()) as EnrichedDocument) : undefined;
    },
    60_000,
    `${id} in the index`,
  );

/** Searches `q` until it finds something: new documents and aliases reach search within seconds. */
const searchFinding = (q: string) =>
  eventually(
    async () => {
      const result = (await getJson<SearchResult>(`/v1/search?q=${encodeURIComponent(q)}`)).body;
      return result.total > 0 ? result : undefined;
    },
    10_000,
    `a search for "${q}" finding something`,
  );

const entities = async (query: string) => (await getJson<{ entities: EntitySummary[] }>(`/v1/entities?${query}`)).body.entities;

describe('entity registry end to end', () => {
  let kafka: Kafka;
  let es: Client;
  const log: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'vidx-aliases-'));
  const aliasesFile = join(dir, 'aliases.json');
  const stack = (): StackOptions => ({
    root,
    instance,
    env: { ...process.env, VIDX_TOPIC_PREFIX: prefix, ELASTICSEARCH_INDEX_ALIAS: alias, VIDX_ALIASES_FILE: aliasesFile },
    log: (l) => log.push(l),
  });

  beforeAll(async () => {
    kafka = testKafka();
    es = testElasticsearch();
    // A deployment's own alias that no text defines and the built-in table does not know.
    writeFileSync(aliasesFile, JSON.stringify({ version: 'it-1', entries: [{ canonical: 'World Central Kitchen', type: 'ORGANIZATION', aliases: ['WCK'] }] }));
    await appsUp(stack(), 120_000);
  }, 180_000);

  afterAll(async () => {
    await appsDown(stack());
    await dropRunTopics(kafka, prefix);
    await dropRunIndices(es, alias);
    await es.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('fills the registry from indexed documents and serves autocomplete with document counts', async () => {
    await post(docs);
    for (const d of docs) await indexed(d.videoId);

    const harris = await eventually(
      async () => (await entities('type=PERSON&prefix=kam')).find((e) => e.canonical === 'Kamala Harris' && e.documents === 2),
      30_000,
      'Kamala Harris with 2 documents',
    );
    expect(harris.id).toBe(entityId('PERSON', 'Kamala Harris'));
    expect(harris.type).toBe('PERSON');

    // Aliases are searchable as prefixes too, folded: "lop" and "amlo" both find the curated canonical.
    const [byAlias] = await eventually(async () => {
      const found = await entities('prefix=amlo');
      return found.length > 0 ? found : undefined;
    }, 30_000, 'an entity for "amlo"');
    expect(byAlias).toMatchObject({ id: entityId('PERSON', AMLO), canonical: AMLO, type: 'PERSON', documents: 1 });
    expect(byAlias.aliases).toEqual(expect.arrayContaining(['AMLO', 'López Obrador']));
    expect((await entities('type=PERSON&prefix=lop')).map((e) => e.canonical)).toEqual([AMLO]);
    expect(await entities('type=LOCATION&prefix=lop')).toEqual([]);

    const stored = await es.get<RegistryEntity>({ index: registryAlias(alias), id: entityId('PERSON', AMLO) });
    expect(stored._source).toMatchObject({ type: 'PERSON', canonical: AMLO, variants: [AMLO] });

    const detail = await getJson<EntitySummary>(`/v1/entities/${harris.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ canonical: 'Kamala Harris', documents: 2 });

    // Without a prefix: the most frequent entities of the index.
    const top = await entities('type=PERSON&size=3');
    expect(top[0]).toMatchObject({ canonical: 'Kamala Harris', documents: 2 });
  });

  it('finds a document that only says "López Obrador" when searching "AMLO", and by a user alias', async () => {
    const doc = await indexed('ent-lopez-1');
    expect(`${doc.title} ${doc.body}`).not.toMatch(/AMLO/i);
    const amlo = await getJson<SearchResult>('/v1/search?q=AMLO');
    expect(amlo.status).toBe(200);
    expect(amlo.body.hits.map((h) => h.id)).toEqual(['ent-lopez-1']);
    // The other words still have to match.
    expect((await getJson<SearchResult>('/v1/search?q=AMLO%20talks')).body.hits.map((h) => h.id)).toEqual(['ent-lopez-1']);
    expect((await getJson<SearchResult>('/v1/search?q=AMLO%20grain')).body.total).toBe(0);
    // Filters take aliases too.
    expect((await getJson<SearchResult>('/v1/search?person=AMLO')).body.hits.map((h) => h.id)).toEqual(['ent-lopez-1']);
    // "WCK" exists only in the VIDX_ALIASES_FILE table. The registry is written after the document
    // is indexed; searches read a snapshot up to a few seconds old, and the gateway's cached
    // lookups follow the registry every 2 s: the search finds the document within seconds.
    const wck = await eventually(async () => (await entities('type=ORGANIZATION&prefix=wck'))[0], 30_000, 'the registry entry for "WCK"');
    expect(wck).toMatchObject({ canonical: 'World Central Kitchen', documents: 1 });
    const byUserAlias = await searchFinding('WCK');
    expect(byUserAlias.hits.map((h) => h.id)).toEqual(['ent-wck-3']);

    const facets = (await getJson<SearchResult>('/v1/search?q=Harris')).body.facets;
    expect(facets.people).toEqual(expect.arrayContaining([{ id: entityId('PERSON', 'Kamala Harris'), name: 'Kamala Harris', count: 2 }]));
  });

  it('widens searches within seconds by an alias registered after the gateway looked it up', async () => {
    await indexed('ent-lopez-1');
    // The gateway looks "Pejelagarto" up and remembers that it names nobody.
    expect((await getJson<SearchResult>('/v1/search?q=Pejelagarto')).body.total).toBe(0);
    // An indexer learns it as an alias of López Obrador, as from a document or the alias table.
    await new EntityRegistry({ client: es, videosAlias: alias }).record([{ id: entityId('PERSON', AMLO), type: 'PERSON', canonical: AMLO, variants: [], aliases: ['Pejelagarto'] }]);
    await es.indices.refresh({ index: registryAlias(alias) });
    // Well inside the cache's 10-minute bound: cached lookups follow the registry's changes.
    const found = await searchFinding('Pejelagarto');
    expect(found.hits.map((h) => h.id)).toEqual(['ent-lopez-1']);
  });

  it('keeps counts and the registry entry unchanged when a document is delivered again, and follows deletes', async () => {
    const before = await indexed('ent-lopez-1');
    const entryBefore = await es.get({ index: registryAlias(alias), id: entityId('PERSON', AMLO) });
    await post(docs[0]); // the same document again: through every stage and into the index once more
    await eventually(
      async () => ((await indexed('ent-lopez-1')).pipeline.indexedAt !== before.pipeline.indexedAt ? true : undefined),
      60_000,
      'the document indexed a second time',
    );
    await es.indices.refresh({ index: [alias, registryAlias(alias)] });
    expect((await entities('prefix=amlo'))[0]).toMatchObject({ canonical: AMLO, documents: 1 });
    expect((await entities('type=PERSON&prefix=kamala'))[0].documents).toBe(2);
    // Nothing new was learnt, so nothing was written (same sequence number).
    expect((await es.get({ index: registryAlias(alias), id: entityId('PERSON', AMLO) }))._seq_no).toBe(entryBefore._seq_no);

    expect((await fetch(`${gateway}/v1/videos/ent-harris-2`, { method: 'DELETE' })).status).toBe(202);
    await eventually(async () => ((await fetch(`${gateway}/v1/videos/ent-harris-2`)).status === 404 ? true : undefined), 60_000, 'the deletion');
    await es.indices.refresh({ index: alias });
    expect((await entities('type=PERSON&prefix=kamala'))[0].documents).toBe(1);
    // Giammattei was only in the deleted document: no longer suggested.
    expect(await entities('prefix=giam')).toEqual([]);
  });

  it('answers bad parameters with a 400 that names them', async () => {
    const badType = await getJson<{ error: { message: string } }>('/v1/entities?type=DATE');
    expect(badType.status).toBe(400);
    expect(badType.body.error.message).toMatch(/type/);
    const badSize = await getJson<{ error: { message: string } }>('/v1/entities?size=0&prefix=a');
    expect(badSize.status).toBe(400);
    expect(badSize.body.error.message).toMatch(/size/);
    const unknownParam = await getJson<{ error: { message: string } }>('/v1/entities?q=x');
    expect(unknownParam.status).toBe(400);
    expect((await fetch(`${gateway}/v1/entities/not-an-id`)).status).toBe(400);
    expect((await fetch(`${gateway}/v1/entities/p-00000000000000000000`)).status).toBe(404);
  });

  it('merges concurrent registry writers without losing aliases (optimistic concurrency, no scripts)', async () => {
    await ensureEntityRegistry(es, alias);
    const registry = new EntityRegistry({ client: es, videosAlias: alias, sleep: async () => undefined });
    const id = entityId('ORGANIZATION', 'Concurrent Widgets Inc');
    const update = (aliases: string[]) => ({ id, type: 'ORGANIZATION' as const, canonical: 'Concurrent Widgets Inc', variants: ['Concurrent Widgets Inc'], aliases });
    await Promise.all([
      registry.record([update(['CWI'])]),
      registry.record([update(['Concurrent Widgets'])]),
      registry.record([update(['Widgets Co'])]),
    ]);
    const entry = await es.get<RegistryEntity>({ index: registryAlias(alias), id });
    expect(entry._source?.aliases.sort()).toEqual(['CWI', 'Concurrent Widgets', 'Widgets Co']);
  });
});
