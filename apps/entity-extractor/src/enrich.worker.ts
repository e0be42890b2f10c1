import type { StrippedDocument } from '@vidx/contracts';
import { extractEntities, type AliasEntry } from '@vidx/entities';
import { enrichStage } from '@vidx/pipeline';
import { serveWorker } from '@vidx/worker-pool';

/** Worker thread of the entity extractor: the same `enrichStage` as in-process, on another core. */
export interface EnrichWorkerData {
  aliases: AliasEntry[];
}

// Loads the lexicons (~0.4 s) now rather than on the first document, so the first tasks are not slow.
extractEntities({ title: '', body: 'Warm-up in Paris.' });

serveWorker((doc: StrippedDocument, data: EnrichWorkerData) => enrichStage(doc, data.aliases.length > 0 ? { aliases: data.aliases } : {}));
