import { bootstrapStage } from '@vidx/service';
import { cleanerStage } from './cleaner.stage';

bootstrapStage({ service: 'cleaner', defaultPort: 3101, define: ({ config }) => cleanerStage(config.maxDocumentBytes) });
