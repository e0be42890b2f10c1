import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Client } from '@elastic/elasticsearch';
import { Topic } from '@vidx/contracts';
import { defineDocumentStage, ensureTopics, topicConfigs } from '@vidx/kafka';
import { findRepoRoot } from '@vidx/local-stack';
import { cleanStage, processRaw } from '@vidx/pipeline';
import { ElasticsearchSink, ensureIndex, writeAliasName } from '@vidx/search';
import { uniqueName } from '@vidx/testing';
import { dropIndices, dropRunTopics, testElasticsearch, testKafka, testStageRunner } from './support';

const run = promisify(execFile);
const cli = join(findRepoRoot(__dirname), 'dist/apps/cli/src/main.js');
const COUNT = 150;

function raw(i: number) {
  return { videoId: `re-${i}`, title: `Lima officials debate the transit budget (${i})`, description: `Maria Alvarez said ${i}% of residents were affected. Report ${i}.`, channelTitle: 'reindex-it' };
}

/**
 * `vidx reindex` on a real broker and cluster: documents indexed live, then rebuilt from
 * videos.cleaned into `<alias>-v2` while searches run without pause and the live indexer keeps
 * writing; after the swap every document is there, the live one included, and no search failed.
 */
describe('vidx reindex', () => {
  const kafka = testKafka();
  let es: Client;
  const prefix = `${uniqueName('reindex')}.`;
  const alias = uniqueName('reindex-it');
  const env = { ...process.env, VIDX_TOPIC_PREFIX: prefix, ELASTICSEARCH_INDEX_ALIAS: alias, KAFKA_TOPIC_PARTITIONS: '2' };
  const layout = { prefix, partitions: 2, replicationFactor: 1 };
  let indexer: ReturnType<typeof testStageRunner>;

  beforeAll(async () => {
    es = testElasticsearch();
    await ensureIndex(es, alias);
    indexer = testStageRunner(kafka, prefix, defineDocumentStage({
      name: 'indexer',
      input: Topic.Enriched,
      output: { sink: new ElasticsearchSink({ client: es, alias }), describe: 'es' },
      transform: (doc) => doc,
    }), 2);
  });

  afterAll(async () => {
    await indexer.stop();
    await dropRunTopics(kafka, prefix);
    await dropIndices(es, alias);
    await es.close();
  }, 60_000);

  it('prints the plan with --dry-run and changes nothing', async () => {
    const { stderr } = await run(process.execPath, [cli, 'reindex', '--dry-run'], { env });
    expect(stderr).toContain(`into ${alias}-v2`);
    expect(stderr).toContain('dry run: nothing changed');
    expect(await es.indices.exists({ index: `${alias}-v2` })).toBe(false);
  });

  it('rebuilds into a new index, swaps the read alias with no failed search, keeps live writes', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, topicConfigs([Topic.Cleaned, Topic.Enriched], layout));
    await admin.disconnect();
    await indexer.start();
    const producer = kafka.producer();
    await producer.connect();
    const cleaned = Array.from({ length: COUNT }, (_, i) => cleanStage(raw(i)).documents[0]);
    await producer.send({ topic: `${prefix}${Topic.Cleaned}`, messages: cleaned.map((d) => ({ key: d.id, value: JSON.stringify(d) })) });
    const live = Array.from({ length: COUNT }, (_, i) => processRaw(raw(i)).documents[0]);
    await producer.send({ topic: `${prefix}${Topic.Enriched}`, messages: live.map((d) => ({ key: d.id, value: JSON.stringify(d) })) });
    for (let seen = 0; seen < COUNT; ) {
      await es.indices.refresh({ index: alias });
      seen = (await es.count({ index: alias })).count;
    }

    let searching = true;
    let searches = 0;
    let failed = 0;
    let empty = 0;
    const searchLoop = (async () => {
      while (searching) {
        try {
          const response = await es.search({ index: alias, query: { match: { body: 'residents' } }, size: 1 });
          searches += 1;
          if ((response.hits.total as { value: number }).value === 0) empty += 1;
        } catch {
          failed += 1;
        }
      }
    })();

    // A document written live while the reindex runs: it must go to the new index and stay.
    const liveDoc = processRaw({ videoId: 'live-during-reindex', title: 'Written during the reindex', description: 'Fresh news from Quito.', channelTitle: 'reindex-it' }).documents[0];
    const liveWrite = (async () => {
      for (;;) {
        const write = await es.indices.getAlias({ name: writeAliasName(alias) }).catch(() => ({}));
        if (`${alias}-v2` in write) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      await producer.send({ topic: `${prefix}${Topic.Enriched}`, messages: [{ key: liveDoc.id, value: JSON.stringify(liveDoc) }] });
    })();

    const { stderr } = await run(process.execPath, [cli, 'reindex'], { env });
    await liveWrite;
    searching = false;
    await searchLoop;
    await producer.disconnect();

    expect(stderr).toContain(`swapped: ${alias} now reads ${alias}-v2`);
    expect(stderr).toContain(`kept ${alias}-v1`);
    expect(searches).toBeGreaterThan(0);
    expect(failed).toBe(0);
    expect(empty).toBe(0);
    expect(Object.keys(await es.indices.getAlias({ name: alias }))).toEqual([`${alias}-v2`]);

    let found = 0;
    const ids = [...live.map((d) => d.id), liveDoc.id];
    while (found < ids.length) {
      await es.indices.refresh({ index: alias });
      const docs = (await es.mget({ index: alias, ids, _source: false })).docs;
      found = docs.filter((d) => 'found' in d && d.found).length;
    }
    expect(found).toBe(COUNT + 1);
    expect(await es.indices.exists({ index: `${alias}-v1` })).toBe(true);
  });
});
