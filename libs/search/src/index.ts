export * from './lib/client';
export * from './lib/elasticsearch-sink';
export * from './lib/errors';
export * from './lib/hits';
export * from './lib/index-admin';
export * from './lib/mapping';
export * from './lib/query';
export * from './lib/search';
