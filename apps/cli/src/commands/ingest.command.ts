import type { Command } from 'commander';
import { Header, Topic } from '@vidx/contracts';
import { loadConfig } from '@vidx/config';
import { createKafka, createProducer, ensureTopics, topicConfigs, topicName } from '@vidx/kafka';
import { createLogger } from '@vidx/observability';
import { cleanStage } from '@vidx/pipeline';
import { randomUUID } from 'node:crypto';
import { fail, readInput, splitDocuments } from './io';

const BATCH = 500;

/** `vidx ingest <file|->`: validates each document locally, sends the valid ones to videos.raw. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .argument('<file>', 'a text-layout document, a JSON array, JSON lines, a JSON object or an Atom feed; - for stdin')
    .description('push documents into videos.raw (KAFKA_BROKERS, default the local stack)')
    .option('-q, --quiet', 'no progress output')
    .action(async (file: string, options: { quiet?: boolean }) => {
      const config = loadConfig(process.env);
      let text: string;
      try {
        text = readInput(file);
      } catch (error) {
        fail(`cannot read ${file}: ${(error as Error).message}`, 2);
      }
      const items = splitDocuments(text);
      if (items.length === 0) fail(`${file} holds no documents`, 2);

      const logger = createLogger({ service: 'vidx-cli', level: 'error' });
      const kafka = createKafka({ ...config.kafka }, logger, `${config.kafka.clientId}-cli`);
      const admin = kafka.admin();
      const producer = createProducer(kafka);
      try {
        await admin.connect();
        await ensureTopics(admin, topicConfigs([Topic.Raw], { prefix: config.kafka.topicPrefix, partitions: config.kafka.topicPartitions, replicationFactor: config.kafka.replicationFactor }));
        await admin.disconnect();
        await producer.connect();
      } catch (error) {
        fail(`cannot reach Kafka at ${config.kafka.brokers.join(',')}: ${(error as Error).message}\nIs the stack up? Run \`npx vidx stack up --detach\`, or set KAFKA_BROKERS.`);
      }

      const traceId = randomUUID();
      const topic = topicName(Topic.Raw, config.kafka.topicPrefix);
      let sent = 0;
      let rejected = 0;
      const ids: string[] = [];
      let batch: Array<{ key: string | null; value: string; headers: Record<string, string> }> = [];
      const flush = async () => {
        if (batch.length === 0) return;
        await producer.send({ topic, acks: -1, messages: batch });
        sent += batch.length;
        batch = [];
        if (!options.quiet && items.length > BATCH) process.stderr.write(`\rsent ${sent}/${items.length}`);
      };
      for (const { line, value } of items) {
        if (value instanceof Error) {
          rejected += 1;
          process.stderr.write(`${value.message}\n`);
          continue;
        }
        const { documents, rejected: bad } = cleanStage(value, { maxDocumentBytes: config.maxDocumentBytes });
        for (const r of bad) process.stderr.write(`line ${line}: ${r.item !== undefined ? `item ${r.item}: ` : ''}${r.reason} [${r.code}]\n`);
        if (documents.length === 0) {
          rejected += 1;
          continue;
        }
        ids.push(...documents.map((d) => d.id));
        batch.push({ key: documents.length === 1 ? documents[0].id : null, value: typeof value === 'string' ? value : JSON.stringify(value), headers: { [Header.TraceId]: traceId } });
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      await producer.disconnect();
      if (!options.quiet && items.length > BATCH) process.stderr.write('\n');
      const idList = ids.length <= 5 ? ` (${ids.join(', ')})` : '';
      process.stdout.write(`sent ${sent} message(s) with ${ids.length} document(s)${idList} to ${topic}; rejected ${rejected}\n`);
      process.exitCode = rejected > 0 ? 2 : 0;
    });
}
