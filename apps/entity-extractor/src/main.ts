import { bootstrapStage } from '@vidx/service';
import { defineEntityExtractor } from './entity-extractor.stage';

/** videos.stripped → videos.enriched: entities with canonical names and per-type facet lists. */
bootstrapStage({ service: 'entity-extractor', defaultPort: 3103, define: defineEntityExtractor });
