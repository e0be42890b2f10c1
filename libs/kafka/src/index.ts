export * from './lib/client';
export * from './lib/dead-letter';
export * from './lib/metrics';
export * from './lib/retry';
export * from './lib/stage';
export * from './lib/stage-runner';
export * from './lib/topics';
export * from './lib/map-concurrent';
