export * from './lib/layout';
export * from './lib/processes';
export * from './lib/stack';
