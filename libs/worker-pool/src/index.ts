export * from './lib/errors';
export * from './lib/worker-pool';
export * from './lib/serve';
