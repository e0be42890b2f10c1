import { Topic } from '@vidx/contracts';
import type { StageDefinition } from '@vidx/kafka';
import { cleanStage } from '@vidx/pipeline';

/** videos.raw (any shape, any key) → videos.cleaned (one document per message, keyed by id). */
export function cleanerStage(maxDocumentBytes: number): StageDefinition {
  return {
    name: 'cleaner',
    input: Topic.Raw,
    output: Topic.Cleaned,
    process: ({ value }) => {
      if (value === null) return { outputs: [], rejected: [{ code: 'EMPTY_MESSAGE', reason: 'the message has no value: send a document' }] };
      const { documents, rejected } = cleanStage(value, { maxDocumentBytes });
      return { outputs: documents.map((doc) => ({ key: doc.id, value: doc })), rejected };
    },
  };
}
