export * from './lib/errors';
export * from './lib/links';
export * from './lib/chapters';
export * from './lib/sentences';
export * from './lib/rules';
export * from './lib/sponsors';
export * from './lib/strip';
export * from './lib/evaluate';
