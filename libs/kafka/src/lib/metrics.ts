import { Counter, Histogram, Registry } from 'prom-client';

/** Prometheus metrics every stage reports, labelled by stage. */
export class StageMetrics {
  readonly messages: Counter<'stage' | 'outcome'>;
  readonly outputs: Counter<'stage'>;
  readonly batchSeconds: Histogram<'stage'>;
  readonly retries: Counter<'stage' | 'operation'>;

  constructor(registry: Registry) {
    this.messages = new Counter({
      name: 'vidx_stage_messages_total',
      help: 'Input messages handled, by outcome (ok, dead_lettered, partially_dead_lettered)',
      labelNames: ['stage', 'outcome'],
      registers: [registry],
    });
    this.outputs = new Counter({
      name: 'vidx_stage_outputs_total',
      help: 'Records written to the stage output (topic or index)',
      labelNames: ['stage'],
      registers: [registry],
    });
    this.batchSeconds = new Histogram({
      name: 'vidx_stage_batch_seconds',
      help: 'Time to process and acknowledge one chunk of messages',
      labelNames: ['stage'],
      buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    this.retries = new Counter({
      name: 'vidx_stage_retries_total',
      help: 'Retries of transient failures, by operation',
      labelNames: ['stage', 'operation'],
      registers: [registry],
    });
  }
}
