export * from './lib/topics';
export * from './lib/errors';
export * from './lib/documents';
export * from './lib/validate';
export * from './lib/stages';
