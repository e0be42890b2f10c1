import { Topic } from '@vidx/contracts';
import { defineDocumentStage } from '@vidx/kafka';
import { enrichStage } from '@vidx/pipeline';
import { bootstrapStage } from '@vidx/service';

/** videos.stripped → videos.enriched: entities with canonical names and per-type facet lists. */
bootstrapStage({
  service: 'entity-extractor',
  defaultPort: 3103,
  define: () => defineDocumentStage({ name: 'entity-extractor', input: Topic.Stripped, output: Topic.Enriched, transform: (doc) => enrichStage(doc) }),
});
