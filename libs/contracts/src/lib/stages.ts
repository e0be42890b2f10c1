import { Topic } from './topics';

/** Each pipeline stage and the topic it consumes; its DLQ is `<input>.dlq`. */
export const STAGE_INPUTS = {
  cleaner: Topic.Raw,
  'boilerplate-remover': Topic.Cleaned,
  'entity-extractor': Topic.Stripped,
  indexer: Topic.Enriched,
} as const satisfies Record<string, Topic>;

export type StageName = keyof typeof STAGE_INPUTS;
export const STAGES = Object.keys(STAGE_INPUTS) as StageName[];

export function isStageName(value: string): value is StageName {
  return Object.prototype.hasOwnProperty.call(STAGE_INPUTS, value);
}
