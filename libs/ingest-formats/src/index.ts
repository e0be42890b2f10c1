export * from './lib/errors';
export * from './lib/raw-record';
export * from './lib/decode';
export * from './lib/text-layout';
export * from './lib/json-formats';
export * from './lib/feed';
export * from './lib/parse';
