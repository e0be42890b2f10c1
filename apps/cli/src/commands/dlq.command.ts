import type { Command } from 'commander';
import type { IHeaders } from 'kafkajs';
import { dlqTopicOf, Header, isStageName, STAGE_INPUTS, STAGES, type StageName } from '@vidx/contracts';
import { loadConfig } from '@vidx/config';
import { createKafka, createProducer, headerString, readTopicToEnd, topicName, type TopicRecord } from '@vidx/kafka';
import { createLogger } from '@vidx/observability';
import { fail } from './io';

interface Letter {
  stage: StageName;
  dlqPartition: number;
  dlqOffset: string;
  key: string | null;
  code: string;
  reason: string;
  originalTopic: string;
  originalPartition?: string;
  originalOffset?: string;
  firstSeenAt?: string;
  record: TopicRecord;
}

function stagesOf(option?: string): StageName[] {
  if (option === undefined) return STAGES;
  if (!isStageName(option)) fail(`unknown stage "${option}": use one of ${STAGES.join(', ')}`, 2);
  return [option];
}

async function readLetters(stages: StageName[]) {
  const config = loadConfig(process.env);
  const kafka = createKafka(config.kafka, createLogger({ service: 'vidx-cli', level: 'error' }), `${config.kafka.clientId}-cli`);
  const letters: Letter[] = [];
  for (const stage of stages) {
    const input = topicName(STAGE_INPUTS[stage], config.kafka.topicPrefix);
    let records: TopicRecord[];
    try {
      records = await readTopicToEnd(kafka, topicName(dlqTopicOf(STAGE_INPUTS[stage]), config.kafka.topicPrefix));
    } catch (error) {
      fail(`cannot read the DLQ of ${stage} at ${config.kafka.brokers.join(',')}: ${(error as Error).message}`);
    }
    for (const record of records) {
      const h = record.message.headers;
      letters.push({
        stage,
        dlqPartition: record.partition,
        dlqOffset: record.message.offset,
        key: record.message.key?.toString() ?? null,
        code: headerString(h, Header.DlqErrorCode) ?? 'UNKNOWN',
        reason: headerString(h, Header.DlqErrorMessage) ?? '',
        originalTopic: headerString(h, Header.DlqOriginalTopic) ?? input,
        originalPartition: headerString(h, Header.DlqOriginalPartition),
        originalOffset: headerString(h, Header.DlqOriginalOffset),
        firstSeenAt: headerString(h, Header.DlqFirstSeenAt),
        record,
      });
    }
  }
  return { kafka, letters };
}

/** Headers for a replayed message: the original ones without the DLQ's, plus when it was replayed. */
export function replayHeaders(headers: IHeaders | undefined, now: string): IHeaders {
  const kept = Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !name.startsWith('vidx-dlq-')));
  return { ...kept, 'vidx-replayed-at': now };
}

/** `vidx dlq list|replay`: see what was dead-lettered and why; put it back into the flow. */
export function registerDlq(program: Command): void {
  const dlq = program.command('dlq').description('inspect and replay dead-lettered messages (KAFKA_BROKERS)');

  dlq
    .command('list')
    .description('dead-lettered messages grouped by stage and error, with counts and an example reason')
    .option('--stage <name>', `only this stage (${STAGES.join(', ')})`)
    .option('--json', 'one JSON object per message instead of the summary')
    .action(async (options: { stage?: string; json?: boolean }) => {
      const { letters } = await readLetters(stagesOf(options.stage));
      if (options.json) {
        for (const { record: _record, ...letter } of letters) process.stdout.write(`${JSON.stringify(letter)}\n`);
        return;
      }
      if (letters.length === 0) {
        process.stdout.write('no dead-lettered messages\n');
        return;
      }
      const groups = new Map<string, Letter[]>();
      for (const l of letters) groups.set(`${l.stage}\u0000${l.code}`, [...(groups.get(`${l.stage}\u0000${l.code}`) ?? []), l]);
      for (const [, group] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
        const seen = group.map((l) => l.firstSeenAt).filter(Boolean).sort();
        process.stdout.write(
          `${group[0].stage.padEnd(20)} ${group[0].code.padEnd(28)} ${String(group.length).padStart(6)}  ${seen[0] ?? ''} … ${seen[seen.length - 1] ?? ''}\n` +
            `${' '.repeat(21)}e.g. ${group[0].reason.slice(0, 160)}\n`,
        );
      }
      process.stdout.write(`${letters.length} message(s); replay with \`vidx dlq replay [--stage S] [--code C] [--id KEY|PARTITION:OFFSET]\`\n`);
    });

  dlq
    .command('replay')
    .description('send dead-lettered messages back to the topic they came from (after a fix, or for transient causes)')
    .option('--stage <name>', `only this stage (${STAGES.join(', ')})`)
    .option('--code <code>', 'only messages dead-lettered with this error code')
    .option('--id <id>', 'only this message: its key (document id) or its DLQ position PARTITION:OFFSET')
    .option('--dry-run', 'say what would be replayed, send nothing')
    .addHelpText('after', '\nThe DLQ is append-only: replayed messages stay listed there, and one that fails again is dead-lettered again.')
    .action(async (options: { stage?: string; code?: string; id?: string; dryRun?: boolean }) => {
      const { kafka, letters } = await readLetters(stagesOf(options.stage));
      const chosen = letters.filter(
        (l) =>
          (!options.code || l.code === options.code) &&
          (!options.id || l.key === options.id || `${l.dlqPartition}:${l.dlqOffset}` === options.id),
      );
      if (chosen.length === 0) fail('no dead-lettered message matches', 2);
      if (!options.dryRun) {
        const producer = createProducer(kafka);
        await producer.connect();
        const now = new Date().toISOString();
        const byTopic = new Map<string, Letter[]>();
        for (const l of chosen) byTopic.set(l.originalTopic, [...(byTopic.get(l.originalTopic) ?? []), l]);
        await producer.sendBatch({
          acks: -1,
          topicMessages: [...byTopic].map(([topic, group]) => ({
            topic,
            messages: group.map((l) => ({ key: l.record.message.key, value: l.record.message.value, headers: replayHeaders(l.record.message.headers, now) })),
          })),
        });
        await producer.disconnect();
      }
      for (const l of chosen) {
        process.stdout.write(`${options.dryRun ? 'would replay' : 'replayed'} ${l.stage} ${l.dlqPartition}:${l.dlqOffset} (${l.code}) → ${l.originalTopic}\n`);
      }
    });
}
