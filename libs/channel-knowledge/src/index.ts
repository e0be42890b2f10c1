export * from './lib/errors';
export * from './lib/knowledge-topic';
export * from './lib/channel-knowledge.store';
