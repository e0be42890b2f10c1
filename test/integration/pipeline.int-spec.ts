import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kafka } from 'kafkajs';
import { dlqTopicOf, Header, Topic, type EnrichedDocument } from '@vidx/contracts';
import { appsDown, appsUp, findRepoRoot, testInstance, type StackOptions } from '@vidx/local-stack';
import { processRaw, withoutTimestamps } from '@vidx/pipeline';
import { eventually, readTopic } from '@vidx/testing';
import { alias, dropRunIndices, dropRunTopics, prefix, testElasticsearch, testKafka } from './support';

/**
 * The whole system as `vidx stack` runs it: the five apps as processes from dist/, against real
 * Kafka and Elasticsearch. Documents go in through the gateway and straight into videos.raw and
 * must come out searchable, identical to what `vidx process` computes, with poison on the DLQ.
 */
const root = findRepoRoot(__dirname);
const instance = testInstance(process.env);
const seed = readFileSync(join(root, 'test/fixtures/seed-bloomberg-harris-amlo.txt'), 'utf8');
const dev = readFileSync(join(root, 'test/fixtures/dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; raw: string; format: string });
const gateway = `http://127.0.0.1:${instance.gatewayPort}`;

/** The dev set's raw field is a string: the text layout, or JSON text for structured inputs. */
const asMessage = (raw: string) => raw;
const asValue = (raw: string, format: string): unknown => (format === 'text' ? raw : JSON.parse(raw));

describe('pipeline end to end', () => {
  let kafka: Kafka;
  const log: string[] = [];
  const stack = (): StackOptions => ({ root, instance, env: process.env, log: (l) => log.push(l) });

  beforeAll(async () => {
    kafka = testKafka();
    await appsUp(stack(), 120_000);
  }, 180_000);

  afterAll(async () => {
    await appsDown(stack());
    await dropRunTopics(kafka, prefix());
    const es = testElasticsearch();
    await dropRunIndices(es, alias());
    await es.close();
  }, 60_000);

  it('serves health and metrics on every app', async () => {
    for (const port of [instance.gatewayPort, ...[0, 1, 2, 3].map((i) => instance.stageBasePort + i)]) {
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
      expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toContain('process_cpu_seconds_total');
    }
    const openapi = (await (await fetch(`${gateway}/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/v1/search', '/v1/videos/{id}', '/v1/videos']));
    expect((await fetch(`${gateway}/docs`)).status).toBe(200);
  });

  it('ingests the seed through the gateway and finds it by an accented name', async () => {
    const post = await fetch(`${gateway}/v1/videos`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: seed });
    expect(post.status).toBe(202);
    const { ids } = (await post.json()) as { ids: string[] };
    expect(ids).toHaveLength(1);

    const hit = await eventually(
      async () => {
        const res = await fetch(`${gateway}/v1/search?q=${encodeURIComponent('López Obrador')}`);
        const body = (await res.json()) as { total: number; hits: Array<{ id: string; people: string[] }> };
        return body.hits.find((h) => h.id === ids[0]);
      },
      60_000,
      'the seed in search results',
    );
    expect(hit.people).toContain('Kamala Harris');

    const doc = (await (await fetch(`${gateway}/v1/videos/${ids[0]}`)).json()) as EnrichedDocument;
    expect(doc.body).toContain('Hondurans were second with 22%');
    expect(doc.body).not.toContain('Subscribe to our YouTube channel');
    expect(doc.removed.map((r) => r.text).join(' ')).toContain('Subscribe to our YouTube channel');
    expect(doc.locations).toContain('Mexico');

    // Accent folding both ways: the unaccented spelling finds it too.
    const folded = (await (await fetch(`${gateway}/v1/search?q=Lopez%20Obrador`)).json()) as { hits: Array<{ id: string }> };
    expect(folded.hits.map((h) => h.id)).toContain(ids[0]);
  });

  it('gives the same documents through Kafka as vidx process does', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: `${prefix()}${Topic.Raw}`, messages: dev.map((d) => ({ value: asMessage(d.raw) })) });
    await producer.disconnect();

    for (const item of dev) {
      const expected = processRaw(asValue(item.raw, item.format)).documents;
      expect(expected.length).toBeGreaterThan(0);
      for (const doc of expected) {
        const indexed = await eventually(
          async () => {
            const res = await fetch(`${gateway}/v1/videos/${encodeURIComponent(doc.id)}`);
            return res.status === 200 ? ((await res.json()) as EnrichedDocument) : undefined;
          },
          60_000,
          `document ${doc.id} (${item.id}) in the index`,
        );
        expect(withoutTimestamps(indexed)).toEqual(withoutTimestamps(doc));
        expect(indexed.pipeline.indexedAt).toBeDefined();
      }
    }
  });

  it('dead-letters poison with its reason and keeps going', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const poison = [
      { value: JSON.stringify({ videoId: 'poison-1', title: 42, description: 'x' }) },
      { value: Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02, 0x03, 0x00, 0x9f, 0x92, 0x96, 0x00, 0x00, 0x07, 0x08]) },
    ];
    const good = { videoId: 'after-poison-1', title: 'Floods hit Valencia', description: 'Heavy rain flooded streets in Valencia, Spain on Tuesday.', publishedAt: '2024-10-29' };
    await producer.send({ topic: `${prefix()}${Topic.Raw}`, messages: [...poison, { value: JSON.stringify(good) }] });
    await producer.disconnect();

    const letters = await readTopic(kafka, `${prefix()}${dlqTopicOf(Topic.Raw)}`, 2, 60_000);
    const reasons = letters.map((m) => ({
      stage: m.headers?.[Header.DlqStage]?.toString(),
      code: m.headers?.[Header.DlqErrorCode]?.toString(),
      reason: m.headers?.[Header.DlqErrorMessage]?.toString() ?? '',
      offset: m.headers?.[Header.DlqOriginalOffset]?.toString(),
    }));
    expect(reasons).toHaveLength(2);
    for (const r of reasons) {
      expect(r.stage).toBe('cleaner');
      expect(r.code).toBeTruthy();
      expect(r.reason.length).toBeGreaterThan(5);
      expect(r.offset).toMatch(/^\d+$/);
    }
    expect(reasons.some((r) => /title/i.test(r.reason))).toBe(true);

    await eventually(async () => ((await fetch(`${gateway}/v1/videos/after-poison-1`)).status === 200 ? true : undefined), 60_000, 'the document after the poison');
  });

  it('answers bad HTTP input with a 4xx that names the problem', async () => {
    const badJson = await fetch(`${gateway}/v1/videos`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title": ' });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { error: { message: string } }).error.message).toMatch(/not valid JSON/);

    const wrongType = await fetch(`${gateway}/v1/videos`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"videoId":"a","title":42}' });
    expect(wrongType.status).toBe(400);
    expect(((await wrongType.json()) as { error: { message: string } }).error.message).toMatch(/title/);

    const badSize = await fetch(`${gateway}/v1/search?q=x&size=1000`);
    expect(badSize.status).toBe(400);
    expect(((await badSize.json()) as { error: { message: string } }).error.message).toMatch(/size/);

    const unknown = await fetch(`${gateway}/v1/videos/does-not-exist`);
    expect(unknown.status).toBe(404);
    const badId = await fetch(`${gateway}/v1/videos/${encodeURIComponent('../etc/passwd')}`);
    expect(badId.status).toBe(400);
  });

  it('deletes a document with a tombstone through the stages', async () => {
    const doc = { videoId: 'to-delete-1', title: 'Temporary', description: 'A short report from Paris.', publishedAt: '2024-01-02' };
    const post = await fetch(`${gateway}/v1/videos`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
    expect(post.status).toBe(202);
    await eventually(async () => ((await fetch(`${gateway}/v1/videos/to-delete-1`)).status === 200 ? true : undefined), 60_000, 'the document');
    expect((await fetch(`${gateway}/v1/videos/to-delete-1`, { method: 'DELETE' })).status).toBe(202);
    await eventually(async () => ((await fetch(`${gateway}/v1/videos/to-delete-1`)).status === 404 ? true : undefined), 60_000, 'the deletion');
  });
});
