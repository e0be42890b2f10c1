import { bootstrapStage } from '@vidx/service';
import { defineIndexer } from './indexer.stage';

bootstrapStage({ service: 'indexer', defaultPort: 3104, define: defineIndexer });
