import { Topic } from '@vidx/contracts';
import { defineDocumentStage } from '@vidx/kafka';
import { stripStage } from '@vidx/pipeline';
import { bootstrapStage } from '@vidx/service';

/** videos.cleaned → videos.stripped: boilerplate removed, links/hashtags/chapters/sponsors kept. */
bootstrapStage({
  service: 'boilerplate-remover',
  defaultPort: 3102,
  define: () => defineDocumentStage({ name: 'boilerplate-remover', input: Topic.Cleaned, output: Topic.Stripped, transform: (doc) => stripStage(doc) }),
});
