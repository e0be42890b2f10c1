export * from './lib/logger';
export * from './lib/warnings';
