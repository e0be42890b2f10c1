import type { z } from 'zod';
import { ContractViolationError } from './errors';
import { CleanedDocumentSchema, EnrichedDocumentSchema, StrippedDocumentSchema } from './documents';
import { Topic } from './topics';

/** Parses a message value against a schema; a failure names each bad field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new ContractViolationError(`${what} does not match its schema: ${problems}`);
  }
  return result.data;
}

/** Decodes a Kafka message value (UTF-8 JSON) into the document type its topic carries. */
export function decodeJson(value: Buffer | string | null, what: string): unknown {
  if (value === null) throw new ContractViolationError(`${what} has no value`);
  const text = typeof value === 'string' ? value : value.toString('utf8');
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ContractViolationError(`${what} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
}

export const TOPIC_SCHEMAS = {
  [Topic.Cleaned]: CleanedDocumentSchema,
  [Topic.Stripped]: StrippedDocumentSchema,
  [Topic.Enriched]: EnrichedDocumentSchema,
} as const;

export type DocumentTopic = keyof typeof TOPIC_SCHEMAS;
export type DocumentOf<T extends DocumentTopic> = z.infer<(typeof TOPIC_SCHEMAS)[T]>;

export function decodeDocument<T extends DocumentTopic>(topic: T, value: Buffer | string | null): DocumentOf<T> {
  return parseWith(TOPIC_SCHEMAS[topic], decodeJson(value, `message on ${topic}`), `message on ${topic}`) as DocumentOf<T>;
}
