import { ChannelKnowledgeStore } from '@vidx/channel-knowledge';
import { Topic } from '@vidx/contracts';
import { createKafka, defineDocumentStage } from '@vidx/kafka';
import { stripStage } from '@vidx/pipeline';
import { bootstrapStage } from '@vidx/service';

/**
 * videos.cleaned → videos.stripped: boilerplate removed, links/hashtags/chapters/sponsors kept.
 * Each document also teaches the channel-knowledge store (shared by every instance through a
 * compacted topic) and is stripped with its channel's learned footer; ready once that is loaded.
 */
bootstrapStage({
  service: 'boilerplate-remover',
  defaultPort: 3102,
  define: async ({ config, logger, readiness }, onShutdown) => {
    const layout = { prefix: config.kafka.topicPrefix, partitions: config.kafka.topicPartitions, replicationFactor: config.kafka.replicationFactor };
    const knowledge = new ChannelKnowledgeStore({ kafka: createKafka(config.kafka, logger, `${config.kafka.clientId}-channel-knowledge`), layout, logger });
    onShutdown(() => knowledge.stop());
    readiness.register('channel-knowledge', () => knowledge.isReady());
    await knowledge.start();
    const channelPatterns = (source: string | undefined) => knowledge.patternsFor(source);
    return defineDocumentStage({
      name: 'boilerplate-remover',
      input: Topic.Cleaned,
      output: Topic.Stripped,
      transform: (doc) => {
        knowledge.observe(doc);
        return stripStage(doc, { channelPatterns });
      },
    });
  },
});
