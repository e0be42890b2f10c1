import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ChannelKnowledgeStore } from '@vidx/channel-knowledge';
import { decodeDocument, Topic } from '@vidx/contracts';
import { loadConfig } from '@vidx/config';
import { parseAliasTable } from '@vidx/entities';
import { createKafka, replayTopic, topicEnds, topicName, type StageOutput } from '@vidx/kafka';
import { createLogger } from '@vidx/observability';
import { enrichStage, stripStage } from '@vidx/pipeline';
import { completeReindex, createElasticsearchClient, ElasticsearchSink, ensureEntityRegistry, EntityRegistry, planReindex, prepareReindexTarget } from '@vidx/search';
import { fail } from './io';

const say = (line: string) => process.stderr.write(`${line}\n`);

/**
 * `vidx reindex`: rebuilds the index from the compacted videos.cleaned topic through the current
 * strip and enrich stages (in this process, with the learned channel boilerplate and
 * VIDX_ALIASES_FILE as the stages use them) into `<alias>-v<N+1>`, then swaps the read alias.
 * The write alias moves to the new index first, so live indexing goes on into it; the replay
 * writes create-if-absent, so a live write (newer) is never overwritten by the replay.
 */
export function registerReindex(program: Command): void {
  program
    .command('reindex')
    .description('rebuild the index from videos.cleaned through the current stages into a new index, then swap the read alias (KAFKA_BROKERS, ELASTICSEARCH_URL, ELASTICSEARCH_INDEX_ALIAS)')
    .option('--dry-run', 'print the plan (indices, aliases, messages to replay) and change nothing')
    .option('--no-keep-old', 'delete the old index after the swap (default: keep it and print how to delete it)')
    .option('--chunk-size <n>', 'documents per bulk request', '500')
    .action(async (options: { dryRun?: boolean; keepOld: boolean; chunkSize: string }) => {
      const chunkSize = Number(options.chunkSize);
      if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 10_000) fail(`--chunk-size ${options.chunkSize}: give a whole number from 1 to 10000`, 2);
      const config = loadConfig(process.env);
      const logger = createLogger({ service: 'vidx-cli', level: 'error' });
      const kafka = createKafka(config.kafka, logger, `${config.kafka.clientId}-reindex`);
      const client = createElasticsearchClient(config.elasticsearch);
      const alias = config.elasticsearch.indexAlias;
      const layout = { prefix: config.kafka.topicPrefix, partitions: config.kafka.topicPartitions, replicationFactor: config.kafka.replicationFactor };
      const topic = topicName(Topic.Cleaned, layout.prefix);
      try {
        const plan = await planReindex(client, alias);
        const { ends, offsets } = await topicEnds(kafka, topic);
        const current = (await client.count({ index: plan.readIndex })).count;
        say(`reindex ${alias}: searches read ${plan.readIndex} (${current} documents), live writes go to ${plan.writeIndex}`);
        say(`  replay ${topic} up to ${offsets} offsets in ${ends.size} partition(s) through strip + enrich into ${plan.target}`);
        say(`  then: ${plan.writeAlias} → ${plan.target} before the replay, ${alias} → ${plan.target} after it (one _aliases call each)`);
        if (options.dryRun) {
          say('dry run: nothing changed');
          return;
        }

        const aliasEntries = readAliases(config.entities.aliasesFile);
        const knowledge = new ChannelKnowledgeStore({ kafka: createKafka(config.kafka, logger, `${config.kafka.clientId}-reindex-knowledge`), layout, logger });
        await knowledge.start();
        await ensureEntityRegistry(client, alias);
        const sink = new ElasticsearchSink({
          client,
          alias,
          target: plan.target,
          mode: 'create',
          registry: new EntityRegistry({ client, videosAlias: alias }),
          aliases: aliasEntries,
        });
        await prepareReindexTarget(client, plan);
        say(`created ${plan.target}; ${plan.writeAlias} now points at it (live writes land there)`);

        const started = Date.now();
        let read = 0;
        let written = 0;
        let skipped = 0;
        let lastReport = 0;
        try {
          await replayTopic(
            kafka,
            topic,
            ends,
            async (_partition, messages) => {
              const outputs: StageOutput[] = [];
              for (const message of messages) {
                const key = message.key?.toString('utf8') ?? null;
                if (message.value === null) {
                  // The document was deleted: do not bring it back into the new index.
                  if (key !== null) outputs.push({ key, value: null });
                  continue;
                }
                try {
                  // Knowledge is only read here: observing again what the stage already learned would count documents twice.
                  const doc = decodeDocument(Topic.Cleaned, message.value);
                  const enriched = enrichStage(stripStage(doc, { channelPatterns: (s) => knowledge.patternsFor(s) }), { aliases: aliasEntries });
                  outputs.push({ key: enriched.id, value: { ...enriched, pipeline: { ...enriched.pipeline, indexedAt: new Date().toISOString() } } });
                } catch (error) {
                  skipped += 1;
                  if (skipped <= 5) say(`  skipped ${key ?? '(no key)'}: ${(error as Error).message}`);
                }
              }
              const failures = await sink.write(outputs, []);
              for (const failure of failures.slice(0, 5)) say(`  not written ${outputs[failure.index].key}: ${failure.reason}`);
              skipped += failures.length;
              read += messages.length;
              written += outputs.length - failures.length;
              if (Date.now() - lastReport > 2000) {
                lastReport = Date.now();
                const rate = read / Math.max(0.001, (Date.now() - started) / 1000);
                say(`  replayed ${read}/${offsets} messages, ${written} written, ${skipped} skipped (${rate.toFixed(0)}/s)`);
              }
            },
            { chunkSize },
          );
        } catch (error) {
          fail(
            `the replay failed: ${(error as Error).message}\n` +
              `Searches still read ${plan.readIndex}; live writes go to ${plan.target}. Run \`vidx reindex\` again: ` +
              `it builds a newer index from the whole topic; ${plan.target} can then be deleted.`,
          );
        } finally {
          await knowledge.stop();
        }
        say(`  replayed ${read} messages, ${written} written, ${skipped} skipped in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        await completeReindex(client, plan);
        const now = (await client.count({ index: plan.target })).count;
        say(`swapped: ${alias} now reads ${plan.target} (${now} documents; before: ${current})`);
        const old = [...new Set([plan.readIndex, plan.writeIndex])].filter((i) => i !== plan.target);
        if (options.keepOld) {
          say(`kept ${old.join(', ')}; delete when no longer needed: curl -X DELETE '${config.elasticsearch.url.replace(/\/$/, '')}/${old.join(',')}'`);
        } else {
          await client.indices.delete({ index: old });
          say(`deleted ${old.join(', ')}`);
        }
      } finally {
        await client.close();
      }
    });
}

function readAliases(file: string | undefined) {
  if (!file) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`VIDX_ALIASES_FILE=${file}: cannot read it as JSON (${(error as Error).message}); fix the path or the file`);
  }
  return parseAliasTable(json, `VIDX_ALIASES_FILE=${file}`).entries;
}
