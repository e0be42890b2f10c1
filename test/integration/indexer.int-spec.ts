import type { EnrichedDocument } from '@vidx/contracts';
import { processRaw } from '@vidx/pipeline';
import { ElasticsearchSink, indexMappingVersion, MAPPING_VERSION, writeAliasName } from '@vidx/search';
import { useTestIndex } from './support';

function enriched(id: string, title: string): EnrichedDocument {
  const [doc] = processRaw({ videoId: id, title, description: `${title}. Officials in Lima met on Monday.`, channelTitle: 'it' }).documents;
  return doc;
}

const at = (offset: number) => ({ topic: 'videos.enriched', partition: 0, offset: String(offset) });

/** The indexer's writes: through the write alias, versioned by source offset, split by bytes. */
describe('indexer writes', () => {
  const { es, alias } = useTestIndex('indexer-it');

  it('has a read alias and a write alias on the same first index', async () => {
    const read = await es.indices.getAlias({ name: alias });
    const write = await es.indices.getAlias({ name: writeAliasName(alias) });
    expect(Object.keys(read)).toEqual([`${alias}-v1`]);
    expect(write[`${alias}-v1`].aliases[writeAliasName(alias)].is_write_index).toBe(true);
  });

  it('records the mapping version in the index, and tells an index made by an older mapping', async () => {
    expect(await indexMappingVersion(es, `${alias}-v1`)).toEqual({ version: MAPPING_VERSION, outdated: false });
    const old = `${alias}-old-mapping`;
    await es.indices.create({ index: old, mappings: { properties: { title: { type: 'text' } } } });
    try {
      expect(await indexMappingVersion(es, old)).toEqual({ version: 1, outdated: true });
    } finally {
      await es.indices.delete({ index: old });
    }
  });

  it('analyses title and body in English with accent folding', async () => {
    const { tokens } = await es.indices.analyze({ index: alias, field: 'body', text: "López Obrador's elections in Zürich" });
    expect(tokens?.map((t) => t.token)).toEqual(['lopez', 'obrador', 'elect', 'zurich']);
  });

  it('never lets an older message overwrite or delete a newer version; a newer tombstone deletes', async () => {
    const sink = new ElasticsearchSink({ client: es, alias });
    const id = enriched('v-1', 'x').id;
    expect(await sink.write([{ key: id, value: enriched('v-1', 'Newer title') }], [], [at(10)])).toEqual([]);
    // Redelivery of the same message (same version) is accepted; older ones are 409 = success, not DLQ.
    expect(await sink.write([{ key: id, value: enriched('v-1', 'Newer title') }], [], [at(10)])).toEqual([]);
    expect(await sink.write([{ key: id, value: enriched('v-1', 'Older title') }], [], [at(7)])).toEqual([]);
    expect(await sink.write([{ key: id, value: null }], [], [at(8)])).toEqual([]);
    const kept = await es.get<EnrichedDocument>({ index: alias, id });
    expect(kept._source?.title).toBe('Newer title');
    expect(kept._version).toBe(10);

    expect(await sink.write([{ key: id, value: null }], [], [at(11)])).toEqual([]);
    expect(await es.exists({ index: alias, id })).toBe(false);
    // Re-creating after the delete needs a newer message than the tombstone.
    expect(await sink.write([{ key: id, value: enriched('v-1', 'Back again') }], [], [at(12)])).toEqual([]);
    expect((await es.get<EnrichedDocument>({ index: alias, id }))._source?.title).toBe('Back again');
  });

  it('splits a chunk into several bulk requests by bytes and writes every document', async () => {
    const sink = new ElasticsearchSink({ client: es, alias, maxBulkBytes: 64 * 1024 });
    const docs = Array.from({ length: 120 }, (_, i) => enriched(`bytes-${i}`, `Report ${i} ${'long words '.repeat(100)}`));
    const failures = await sink.write(docs.map((d) => ({ key: d.id, value: d })), [], docs.map((_, i) => at(100 + i)));
    expect(failures).toEqual([]);
    await es.indices.refresh({ index: alias });
    const found = await es.mget({ index: alias, ids: docs.map((d) => d.id), _source: false });
    expect(found.docs.filter((d) => 'found' in d && d.found)).toHaveLength(120);
  });
});
